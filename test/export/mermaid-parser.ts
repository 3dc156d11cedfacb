/**
 * Mermaid's own journey parser, run in Node without a browser. Mermaid imports DOMPurify, which
 * sets itself up from `window` at import time and has no `addHook` without one; parsing never
 * touches the DOM, so a stub with the three things DOMPurify checks is enough (DOMPurify then
 * reports itself unsupported and passes text through untouched).
 */

export interface ParsedJourney {
  title: string;
  sections: string[];
  tasks: Array<{ section: string; task: string; score: number; people: string[] }>;
}

interface JourneyDb {
  getDiagramTitle(): string;
  getSections(): string[];
  getTasks(): ParsedJourney['tasks'];
}

type Mermaid = typeof import('mermaid')['default'];
let loaded: Promise<Mermaid> | undefined;

function loadMermaid(): Promise<Mermaid> {
  const global = globalThis as { window?: unknown };
  global.window ??= { document: { nodeType: 9, createElement: () => ({}) }, Element: class {} };
  loaded ??= import('mermaid').then((module) => module.default);
  return loaded;
}

/** Mermaid hides `#58;`-style entities from its grammar as placeholders and turns them back into characters when drawing. */
function decodeEntities(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_placeholder, code: string) => String.fromCharCode(Number(code)));
}

/**
 * Validates with `mermaid.parse` (which also registers the diagram types), then parses again the
 * same way to read the diagram's model: what the picture would show.
 */
export async function parseJourney(source: string): Promise<ParsedJourney> {
  const mermaid = await loadMermaid();
  await mermaid.parse(source);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  if (diagram.type !== 'journey') throw new Error(`parsed as ${diagram.type}, not journey`);
  const db = diagram.db as unknown as JourneyDb;
  return {
    title: decodeEntities(db.getDiagramTitle()),
    sections: db.getSections().map(decodeEntities),
    tasks: db.getTasks().map(({ section, task, score, people }) => ({
      section: decodeEntities(section),
      task: decodeEntities(task),
      score,
      people: people.map(decodeEntities),
    })),
  };
}
