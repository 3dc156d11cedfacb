import type { Backend } from '../../src/store/index.ts';

/** One command the app sent the store, and what the test said was happening then. */
export interface StoreCommand {
  name: string;
  phase: string;
}

/** Every function of `target` but `close`, each call noted before it runs. */
function noting<T extends object>(target: T, prefix: string, note: (name: string) => void): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if ((property === 'records' || property === 'outbox') && typeof value === 'object' && value !== null) {
        return noting(value, `${property}.`, note);
      }
      if (typeof value !== 'function' || property === 'close') return value;
      return (...args: unknown[]) => {
        note(prefix + String(property));
        return value.apply(object, args);
      };
    },
  });
}

/**
 * Counts the round trips to the store: wraps the backend the app opens (the harness's `observeStore`) so every
 * command it sends is noted with the phase `phaseOf` names at that moment (say, before or after Slack was told).
 * A method added to the Backend later is counted too.
 */
export function countingBackend(phaseOf: () => string) {
  const commands: StoreCommand[] = [];
  return {
    commands,
    observe: (backend: Backend): Backend =>
      noting(backend, '', (name) => {
        commands.push({ name, phase: phaseOf() });
      }),
    /** The commands noted since the last call, and forgets them. */
    take(): StoreCommand[] {
      return commands.splice(0);
    },
  };
}
