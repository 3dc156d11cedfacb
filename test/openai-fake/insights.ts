import type { ModelInsight } from '../../src/insights/types.ts';

/** A well-formed model answer for the checkout stage of the e-commerce sample journey. */
export function checkoutInsight(): ModelInsight {
  return {
    narrative: 'Nina gives up at checkout: she has to create an account before paying, and feels irritated.',
    improvements: [
      {
        answers: { kind: 'obstacle', text: 'Checkout requires creating an account' },
        action: 'Offer guest checkout and invite people to save their details after paying.',
        touchpoint: 'Checkout',
        kpi: 'Checkout conversion rate',
      },
      {
        answers: { kind: 'obstacle', text: 'Checkout has too many steps' },
        action: 'Merge address and payment into one step with wallet payments.',
        touchpoint: 'Checkout',
        kpi: 'Drop-off at the payment step',
      },
      {
        answers: { kind: 'gap', text: 'Nobody from marketing has said anything about this stage yet.' },
        action: 'Ask marketing which campaign promises shape what Nina expects at checkout.',
        touchpoint: 'Checkout',
        kpi: 'Checkout conversion rate by campaign',
      },
    ],
  };
}
