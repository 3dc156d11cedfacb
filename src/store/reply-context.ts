import { type JourneyMap, journeyMapSchema, type Person, personSchema } from '../journey/model.ts';
import { keys } from './keys.ts';
import { BackendRepository } from './text-records.ts';

/** Channels whose map id a process remembers; dropped all at once when full (see journey/memoise.ts). */
const REMEMBERED_CHANNELS = 10_000;
/**
 * Maps whose last validated record a process keeps, dropped all at once when full: the maps people are replying
 * to now, at a few KB each (up to about 25 KB for the largest a map can be).
 */
const REMEMBERED_MAPS = 256;

export interface ReplyContext {
  /** The map bound to the channel, as stored now. */
  map?: JourneyMap;
  /** The author, when the bot knows their department. */
  person?: Person;
}

/**
 * What a person's message in a channel needs before it can be read: the channel's map and the author, in one
 * round trip once this process has seen the channel. A channel's map is found through its binding, and the map
 * is read by id; this process remembers the id last bound to each channel and reads that map beside the binding
 * and the person. The binding read in the same round trip says whether the guess holds, so a channel given
 * another map (here or on another instance) costs one more read, never a wrong or stale map: the map is read
 * every time, and only its validation is skipped when the record is the one validated last time.
 */
export class ReplyContextReader extends BackendRepository {
  #mapIds = new Map<string, string>();
  #maps = new Map<string, { json: string; map: JourneyMap }>();

  async read(teamId: string, channelId: string, userId: string): Promise<ReplyContext> {
    const binding = keys.channelMap(teamId, channelId);
    const guess = this.#mapIds.get(binding);
    const guessed = guess === undefined ? [] : [keys.map(teamId, guess)];
    const [mapId, person, guessedMap] = await this.backend.records.getMany([
      binding,
      keys.person(teamId, userId),
      ...guessed,
    ]);
    const context = { person: person === undefined ? undefined : personSchema.parse(person) };
    if (typeof mapId !== 'string') {
      this.#mapIds.delete(binding);
      return context;
    }
    this.#remember(binding, mapId);
    const map = mapId === guess ? guessedMap : await this.backend.records.get(keys.map(teamId, mapId));
    return { ...context, map: map === undefined ? undefined : this.#validated(keys.map(teamId, mapId), map) };
  }

  /**
   * The stored map, validated. A map changes rarely and is read on every reply in its thread: the same record as
   * last time (compared as JSON, a fraction of a validation's cost) gives back the map validated then. Its fields
   * are frozen, as the contribution cache's entries are: readers share it.
   */
  #validated(key: string, stored: unknown): JourneyMap {
    const json = JSON.stringify(stored);
    const last = this.#maps.get(key);
    if (last?.json === json) return last.map;
    const map = Object.freeze(journeyMapSchema.parse(stored));
    if (this.#maps.size >= REMEMBERED_MAPS) this.#maps = new Map();
    this.#maps.set(key, { json, map });
    return map;
  }

  #remember(binding: string, mapId: string): void {
    if (this.#mapIds.size >= REMEMBERED_CHANNELS) this.#mapIds = new Map();
    this.#mapIds.set(binding, mapId);
  }
}
