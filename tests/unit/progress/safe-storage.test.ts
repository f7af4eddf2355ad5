import { describe, expect, it } from 'vitest';
import { safeStorage } from '../../../src/lib/progress/safe-storage';
import { blockedStorage, MemoryStorage } from '../../support/fake-storage';

describe('safe storage', () => {
  it('reads and writes a working storage', () => {
    const backing = new MemoryStorage();
    const storage = safeStorage(() => backing);
    expect(storage.write('k', 'v')).toBe(true);
    expect(backing.getItem('k')).toBe('v');
    expect(storage.read('k')).toBe('v');
    storage.remove('k');
    expect(storage.read('k')).toBeNull();
    expect(storage.problem()).toBeUndefined();
  });

  it('works from memory when the browser blocks storage, and says so', () => {
    const storage = safeStorage(blockedStorage);
    expect(storage.problem()).toBe('blocked');
    expect(storage.write('k', 'v')).toBe(false);
    expect(storage.read('k')).toBe('v');
  });

  it('treats a storage that throws only when used as blocked', () => {
    const throwing = new MemoryStorage();
    throwing.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(safeStorage(() => throwing).problem()).toBe('blocked');
  });

  it('keeps what was saved when the disk is full, and holds the new value in memory', () => {
    const backing = new MemoryStorage(30);
    const storage = safeStorage(() => backing);
    expect(storage.write('k', 'saved')).toBe(true);
    expect(storage.write('k', 'x'.repeat(100))).toBe(false);
    expect(storage.problem()).toBe('full');
    expect(backing.getItem('k')).toBe('saved');
    expect(storage.read('k')).toBe('x'.repeat(100));
    // Room again: the write lands and memory steps aside.
    expect(storage.write('k', 'small')).toBe(true);
    expect(backing.getItem('k')).toBe('small');
  });
});
