import { describe, expect, it } from 'vitest';
import { safeStorage } from '../../../src/lib/progress/safe-storage';
import { blockedStorage, MemoryStorage, ReadOnlyStorage } from '../../support/fake-storage';

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

  it('finds at once that a storage which reads refuses writes, and still reads what it holds', () => {
    const readOnly = new ReadOnlyStorage();
    readOnly.items.set('k', 'kept');
    const storage = safeStorage(() => readOnly);
    expect(storage.problem()).toBe('blocked');
    expect(storage.read('k')).toBe('kept');
    expect(storage.write('k', 'new')).toBe(false);
    expect(readOnly.items.get('k')).toBe('kept');
  });

  it('finds at once that a storage is full, before any change is lost', () => {
    const full = new MemoryStorage(10);
    full.items.set('k', '123456789');
    expect(safeStorage(() => full).problem()).toBe('full');
  });
});
