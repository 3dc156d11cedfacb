/** private_metadata as JSON; undefined when it is not (a forged or truncated view), never a throw before the ack. */
export function parseMetadata(text: string | undefined): unknown {
  try {
    return JSON.parse(text || '{}');
  } catch {
    return undefined;
  }
}
