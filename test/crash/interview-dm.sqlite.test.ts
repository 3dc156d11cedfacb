import { crashSuite } from './crash-suite.ts';
import { interviewByDm } from './scenarios.ts';

await crashSuite(interviewByDm, 'sqlite', { slot: 1, expectedCalls: ['chat.postMessage'] });
