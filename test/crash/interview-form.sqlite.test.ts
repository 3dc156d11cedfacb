import { crashSuite } from './crash-suite.ts';
import { interviewByForm } from './scenarios.ts';

await crashSuite(interviewByForm, 'sqlite', { slot: 0, expectedCalls: ['chat.postMessage'] });
