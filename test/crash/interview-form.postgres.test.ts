import { crashSuite } from './crash-suite.ts';
import { interviewByForm } from './scenarios.ts';

await crashSuite(interviewByForm, 'postgres', { slot: 0, expectedCalls: ['chat.postMessage'] });
