import { z } from 'zod';
import { DomainError } from '../errors.ts';
import {
  type Contribution,
  contributionSchema,
  type JourneyMap,
  journeyMapSchema,
  type Person,
  personSchema,
} from '../journey/model.ts';
import { normaliseText } from '../journey/normalise.ts';
import type { Backend } from './backend.ts';
import { keys, LEGACY_ALL_MAPS_LOG, TEAM_INDEX_LOG } from './keys.ts';
import { LogCache } from './log-cache.ts';
import { ARCHIVED_SESSION_TTL_MS } from './retention.ts';

const mapRefSchema = z.object({ teamId: z.string(), mapId: z.string() });
/** The one entry of a name's reservation log: which map holds the name. */
const NAME_OWNER_ENTRY = 'owner';

/** Maps read at once when walking all of a workspace's. */
const MAP_PAGE = 200;

/**
 * Keys are scoped by team so a user of one workspace can never reach another's data, even with its ids.
 * Everything shared by several writers is append-only or claimed atomically; single records (a map, a
 * person, one person's interview) are written whole by the one actor that owns them.
 */
export class MapRepository {
  readonly #backend: Backend;
  /** Teams this process knows to be indexed: the mark is never taken back while the team's data lives. */
  readonly #indexedTeams = new Set<string>();

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  /**
   * Creates the map; fails with `map_name_taken` when the workspace already has a map of that name. Safe to run
   * again with the same map (a request replayed after a crash): every step writes the same keys, and the name's
   * reservation names the map that holds it, so the replay finds its own and goes on.
   */
  async create(map: JourneyMap): Promise<void> {
    const valid = journeyMapSchema.parse(map);
    const name = normaliseText(valid.name);
    await this.#reserveName(valid.teamId, name, valid.id);
    try {
      await this.save(valid);
    } catch (error) {
      // A map that was never saved must not keep its name: the retry would be told the name is taken.
      await this.#backend.dropLog(keys.mapNameOwner(valid.teamId, name)).catch(() => undefined);
      throw error;
    }
    await this.#backend.records.set(keys.mapByName(valid.teamId, name), valid.id);
    await this.#backend.append(keys.mapsLog(map.teamId), map.id, map.id);
    await this.#backend.append(TEAM_INDEX_LOG, map.teamId, map.teamId);
    await this.bindChannel(map.teamId, map.channelId, map.id);
  }

  /**
   * The name for `mapId`, or `map_name_taken`. The reservation is a one-entry log whose first writer wins and can
   * be read back: two creators racing for a name cannot both win, and a creator that died after winning is known
   * as the owner when its request runs again. Names taken before reservations existed are in the name index.
   */
  async #reserveName(teamId: string, name: string, mapId: string): Promise<void> {
    const named = await this.find(teamId, name);
    const reservation = keys.mapNameOwner(teamId, name);
    if (!named || named.id === mapId) {
      await this.#backend.append(reservation, NAME_OWNER_ENTRY, mapId);
      const [owner] = await this.#backend.readLog(reservation);
      if (owner === mapId) return;
    }
    throw new DomainError('map_name_taken', `A map called "${name}" already exists`);
  }

  async save(map: JourneyMap): Promise<void> {
    await this.#backend.records.set(keys.map(map.teamId, map.id), journeyMapSchema.parse(map));
  }

  async get(teamId: string, mapId: string): Promise<JourneyMap | undefined> {
    const raw = await this.#backend.records.get(keys.map(teamId, mapId));
    return raw === undefined ? undefined : journeyMapSchema.parse(raw);
  }

  /** The workspace's maps, in one round trip for their records. */
  async list(teamId: string): Promise<JourneyMap[]> {
    return this.#getMany(teamId, await this.#backend.readLog(keys.mapsLog(teamId)));
  }

  /** The workspaces that have maps. */
  teamIds(): Promise<string[]> {
    return this.#backend.readLog(TEAM_INDEX_LOG);
  }

  /**
   * The workspace's maps a page at a time, for a walk through all of them (the digest scheduler's): reading and
   * checking 10,000 maps at once held the event loop for hundreds of milliseconds, and every map in memory at once.
   */
  async *pages(teamId: string, pageSize: number = MAP_PAGE): AsyncGenerator<JourneyMap[]> {
    const ids = await this.#backend.readLog(keys.mapsLog(teamId));
    for (let start = 0; start < ids.length; start += pageSize) {
      yield this.#getMany(teamId, ids.slice(start, start + pageSize));
    }
  }

  async #getMany(teamId: string, mapIds: readonly string[]): Promise<JourneyMap[]> {
    if (mapIds.length === 0) return [];
    const raws = await this.#backend.records.getMany(mapIds.map((mapId) => keys.map(teamId, mapId)));
    return present(raws).map((raw) => journeyMapSchema.parse(raw));
  }

  /**
   * Moves the teams of the old global map log (written before maps were indexed by team) into the team index,
   * then drops it. Run at every start: cheap when there is nothing to move, and it picks up a map that an
   * instance still running the old code listed there meanwhile.
   */
  async adoptLegacyIndex(): Promise<void> {
    const entries = await this.#backend.readLog(LEGACY_ALL_MAPS_LOG);
    if (entries.length === 0) return;
    const teamIds = new Set(entries.map((entry) => mapRefSchema.parse(JSON.parse(entry)).teamId));
    for (const teamId of teamIds) await this.#backend.append(TEAM_INDEX_LOG, teamId, teamId);
    await this.#backend.dropLog(LEGACY_ALL_MAPS_LOG);
  }

  async bindChannel(teamId: string, channelId: string, mapId: string): Promise<void> {
    await this.#backend.records.set(keys.channelMap(teamId, channelId), mapId);
  }

  async findByChannel(teamId: string, channelId: string): Promise<JourneyMap | undefined> {
    const mapId = await this.#backend.records.get(keys.channelMap(teamId, channelId));
    return typeof mapId === 'string' ? this.get(teamId, mapId) : undefined;
  }

  /** The map bound to a channel while it is live: a channel holds one live map at most. */
  async findLiveByChannel(teamId: string, channelId: string): Promise<JourneyMap | undefined> {
    const map = await this.findByChannel(teamId, channelId);
    return map?.archivedAt ? undefined : map;
  }

  /**
   * A map by id or by name (case-, accent- and script-insensitive), in one round trip through the name index:
   * the cost does not grow with the workspace's maps. A workspace whose maps predate the index is indexed the
   * first time it is asked.
   */
  async find(teamId: string, nameOrId: string): Promise<JourneyMap | undefined> {
    const wanted = normaliseText(nameOrId);
    const [byId, namedId] = await this.#backend.records.getMany([
      keys.map(teamId, nameOrId),
      keys.mapByName(teamId, wanted),
    ]);
    if (byId !== undefined) return journeyMapSchema.parse(byId);
    if (typeof namedId === 'string') return this.get(teamId, namedId);
    if (await this.#namesIndexed(teamId)) return undefined;
    const matches = (await this.#indexNames(teamId)).filter((map) => normaliseText(map.name) === wanted);
    return matches.find((map) => !map.archivedAt) ?? matches[0];
  }

  async #namesIndexed(teamId: string): Promise<boolean> {
    if (this.#indexedTeams.has(teamId)) return true;
    const indexed = (await this.#backend.records.get(keys.namesIndexed(teamId))) !== undefined;
    if (indexed) this.#indexedTeams.add(teamId);
    return indexed;
  }

  /**
   * Writes the name index of a workspace's maps stored before it existed, live maps last so that of two names
   * that now read the same (a Traditional and a Simplified spelling) the live map wins; returns the maps.
   */
  async #indexNames(teamId: string): Promise<JourneyMap[]> {
    const maps = await this.list(teamId);
    const liveLast = [...maps].sort((a, b) => Number(!a.archivedAt) - Number(!b.archivedAt));
    for (const map of liveLast) {
      await this.#backend.records.set(keys.mapByName(teamId, normaliseText(map.name)), map.id);
    }
    await this.#backend.records.set(keys.namesIndexed(teamId), new Date().toISOString());
    this.#indexedTeams.add(teamId);
    return maps;
  }
}

export class ContributionRepository {
  readonly #backend: Backend;
  // Validated on the way in and never changed after: parsing every entry again on each read was most of the
  // cost of loading a busy map. Frozen, because every reader of a map shares them.
  readonly #logs: LogCache<Contribution>;

  /** `cacheBytes`: how much parsed contributions a process keeps, the maps read longest ago forgotten first. */
  constructor(backend: Backend, cacheBytes: number) {
    this.#backend = backend;
    this.#logs = new LogCache(backend, (entry) => Object.freeze(JSON.parse(entry) as Contribution), cacheBytes);
  }

  /**
   * Append-only: one entry per contribution, so concurrent writers never overwrite each other. One round trip per
   * map, all validated before any is written; a map's entries of one call are stored together.
   */
  async append(teamId: string, contributions: readonly Contribution[]): Promise<void> {
    const valid = contributions.map((contribution) => contributionSchema.parse(contribution));
    for (const [mapId, ofMap] of Map.groupBy(valid, (contribution) => contribution.mapId)) {
      const entries = ofMap.map((contribution) => ({ id: contribution.id, value: JSON.stringify(contribution) }));
      await this.#backend.appendMany(keys.contributionsLog(teamId, mapId), entries);
    }
  }

  /** In id order; what this process read before costs nothing again, and the same list comes back while unchanged. */
  list(teamId: string, mapId: string): Promise<readonly Contribution[]> {
    return this.#logs.read(keys.contributionsLog(teamId, mapId));
  }
}

export class PersonRepository {
  readonly #backend: Backend;

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  async get(teamId: string, userId: string): Promise<Person | undefined> {
    const raw = await this.#backend.records.get(keys.person(teamId, userId));
    return raw === undefined ? undefined : personSchema.parse(raw);
  }

  /** Several people in one round trip. */
  async getMany(teamId: string, userIds: readonly string[]): Promise<Person[]> {
    if (userIds.length === 0) return [];
    const raws = await this.#backend.records.getMany(userIds.map((userId) => keys.person(teamId, userId)));
    return raws.filter((raw) => raw !== undefined).map((raw) => personSchema.parse(raw));
  }

  async save(person: Person): Promise<void> {
    await this.#backend.records.set(keys.person(person.teamId, person.userId), personSchema.parse(person));
  }
}

function present<T>(values: readonly (T | undefined)[]): T[] {
  const found: T[] = [];
  for (const value of values) if (value !== undefined) found.push(value);
  return found;
}

/** Validates a stored session (the interview module's zod schema). */
export interface SessionSchema<Session> {
  parse(value: unknown): Session;
}

/** One record per map and person, plus an append-only index of each person's interviews. */
export class SessionRepository<Session extends { mapId: string; teamId: string; userId: string }> {
  readonly #backend: Backend;
  readonly #schema: SessionSchema<Session>;

  constructor(backend: Backend, schema: SessionSchema<Session>) {
    this.#backend = backend;
    this.#schema = schema;
  }

  async get(teamId: string, mapId: string, userId: string): Promise<Session | undefined> {
    const raw = await this.#backend.records.get(keys.session(teamId, mapId, userId));
    return raw === undefined ? undefined : this.#schema.parse(raw);
  }

  async save(session: Session): Promise<void> {
    const valid = this.#schema.parse(session);
    await this.#backend.records.set(keys.session(valid.teamId, valid.mapId, valid.userId), valid);
    await this.#backend.append(keys.sessionsOfUserLog(valid.teamId, valid.userId), valid.mapId, valid.mapId);
    await this.#backend.append(keys.sessionsInMapLog(valid.teamId, valid.mapId), valid.userId, valid.userId);
  }

  /** Everyone who started an interview on a map, invited or not. */
  async listForMap(teamId: string, mapId: string): Promise<Session[]> {
    const userIds = await this.#backend.readLog(keys.sessionsInMapLog(teamId, mapId));
    return present(await Promise.all(userIds.map((userId) => this.get(teamId, mapId, userId))));
  }

  async listForUser(teamId: string, userId: string): Promise<Session[]> {
    const mapIds = await this.#backend.readLog(keys.sessionsOfUserLog(teamId, userId));
    return present(await Promise.all(mapIds.map((mapId) => this.get(teamId, mapId, userId))));
  }

  /**
   * Lets the sessions of an archived map expire: an archived map asks nobody anything again, and a draft or a
   * half-done interview would otherwise be kept forever. The contributions they produced stay with the map.
   */
  expireForMap(teamId: string, mapId: string, ttlMs: number = ARCHIVED_SESSION_TTL_MS): Promise<void> {
    return this.#rewriteForMap(teamId, mapId, ttlMs);
  }

  /** Keeps the sessions of a reopened map for good again (those that expired meanwhile are gone). */
  keepForMap(teamId: string, mapId: string): Promise<void> {
    return this.#rewriteForMap(teamId, mapId, undefined);
  }

  /**
   * keyv sets an expiry with a write only: each session is written again as it is, with the new one. Nobody writes
   * sessions meanwhile: an archived map takes no answers.
   */
  async #rewriteForMap(teamId: string, mapId: string, ttlMs: number | undefined): Promise<void> {
    for (const userId of await this.#backend.readLog(keys.sessionsInMapLog(teamId, mapId))) {
      const key = keys.session(teamId, mapId, userId);
      const raw = await this.#backend.records.get(key);
      if (raw !== undefined) await this.#backend.records.set(key, raw, ttlMs);
    }
  }
}
