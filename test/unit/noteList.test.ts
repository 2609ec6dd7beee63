import { describe, it, expect } from 'vitest';
import { noteCount } from '../../src/ui/noteList';

describe('noteCount', () => {
  it('says how many notes show out of how many, in both languages', () => {
    expect(noteCount(8, 53, 'en')).toBe('Notes on the data and link: 8 of 53 shown');
    expect(noteCount(8, 53, 'zh')).toBe('数据与链接提示：显示 8 条，共 53 条');
  });
});
