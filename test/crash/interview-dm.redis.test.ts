import { crashSuite } from './crash-suite.ts';
import { interviewByDm } from './scenarios.ts';

await crashSuite(interviewByDm, 'redis', { slot: 1, expectedCalls: ['chat.postMessage'] });
