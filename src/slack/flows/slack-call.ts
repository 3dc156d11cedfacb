/** The `error` code of a failed Web API call (e.g. "not_in_channel"), if it was one. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** Bot posts never unfurl links users wrote, and never set link_names or parse (user text stays inert). */
export const POST_DEFAULTS = { unfurl_links: false, unfurl_media: false } as const;
