import { crashSuite } from './crash-suite.ts';
import { expectFormOpened, formButton } from './scenarios.ts';

await crashSuite(formButton, 'postgres', { slot: 3, expectedCalls: ['views.open'], dryRunDone: expectFormOpened });
