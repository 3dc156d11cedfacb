import { crashSuite } from './crash-suite.ts';
import { threadReply } from './scenarios.ts';

await crashSuite(threadReply, 'postgres', { slot: 2, expectedCalls: ['chat.postMessage'] });
