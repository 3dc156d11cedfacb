import { crashSuite } from './crash-suite.ts';
import { threadReply } from './scenarios.ts';

await crashSuite(threadReply, 'redis', { slot: 2, expectedCalls: ['chat.postMessage'] });
