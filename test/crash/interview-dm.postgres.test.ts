import { crashSuite } from './crash-suite.ts';
import { interviewByDm } from './scenarios.ts';

await crashSuite(interviewByDm, 'postgres', { slot: 1, expectedCalls: ['chat.postMessage'] });
