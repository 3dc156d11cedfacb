import { crashSuite } from './crash-suite.ts';
import { threadReply } from './scenarios.ts';

await crashSuite(threadReply, 'sqlite', { slot: 2, expectedCalls: ['chat.postMessage'] });
