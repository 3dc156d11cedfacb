import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { TurnTransaction } from '../../src/store/turn-transaction.ts';
import { tempSqliteUrl } from '../support/temp-sqlite.ts';

/** A file two connections share: the app's (through the group commit) and a reader that sees only what committed. */
function database() {
  const file = tempSqliteUrl().replace(/^sqlite:\/\//, '');
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('CREATE TABLE team (id TEXT PRIMARY KEY)');
  db.exec('CREATE TABLE item (id TEXT PRIMARY KEY, team TEXT REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED)');
  const reader = new DatabaseSync(file, { readOnly: true });
  const committed = () =>
    reader
      .prepare('SELECT id FROM item ORDER BY id')
      .all()
      .map((row) => String(row.id));
  return {
    db,
    file,
    turn: new TurnTransaction(db, file),
    committed,
    close: () => {
      reader.close();
      db.close();
    },
  };
}

let opened: ReturnType<typeof database> | undefined;
afterEach(() => {
  opened?.close();
  opened = undefined;
});

const insert = ({ db, turn }: ReturnType<typeof database>, id: string, team: string | null = null) =>
  turn.run(() => db.prepare('INSERT INTO item (id, team) VALUES (?, ?)').run(id, team).changes);

describe('the statements of one turn of the event loop', () => {
  it('commit together, and each caller hears of its statement only once it is committed', async () => {
    opened = database();
    const writes = [insert(opened, 'a'), insert(opened, 'b')];
    expect(opened.committed()).toEqual([]);
    const heard: string[][] = [];
    await Promise.all(writes.map((write) => write.then(() => heard.push(opened!.committed()))));
    expect(heard).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });

  it('keep the others when one statement fails on its own', async () => {
    opened = database();
    await insert(opened, 'a');
    const [duplicate, other] = await Promise.allSettled([insert(opened, 'a'), insert(opened, 'b')]);
    expect(duplicate.status).toBe('rejected');
    expect(other).toEqual({ status: 'fulfilled', value: 1 });
    expect(opened.committed()).toEqual(['a', 'b']);
  });

  it('all fail, and nothing of them stays, when the commit fails', async () => {
    opened = database();
    // A deferred foreign key is checked at COMMIT: an item of a team nobody created makes the whole commit fail.
    const results = await Promise.allSettled([insert(opened, 'a'), insert(opened, 'b', 'T0NOBODY')]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(opened.committed()).toEqual([]);
    expect(opened.db.isTransaction).toBe(false);
    expect(await insert(opened, 'c')).toBe(1);
    expect(opened.committed()).toEqual(['c']);
  });

  it('are committed before the database closes', async () => {
    opened = database();
    const write = insert(opened, 'a');
    opened.turn.close();
    expect(opened.committed()).toEqual(['a']);
    expect(await write).toBe(1);
  });

  it('never wait on a lock another connection of this process holds for the turn (two instances, one process)', async () => {
    opened = database();
    const second = new DatabaseSync(opened.file);
    const secondTurn = new TurnTransaction(second, opened.file);
    try {
      const first = insert(opened, 'a');
      const other = secondTurn.run(() => second.prepare('INSERT INTO item (id) VALUES (?)').run('b').changes);
      expect(await Promise.all([first, other])).toEqual([1, 1]);
      expect(opened.committed()).toEqual(['a', 'b']);
    } finally {
      secondTurn.close();
      second.close();
    }
  });
});
