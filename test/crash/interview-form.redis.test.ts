import { crashSuite } from './crash-suite.ts';
import { interviewByForm } from './scenarios.ts';

await crashSuite(interviewByForm, 'redis', { slot: 0, expectedCalls: ['chat.postMessage'] });
