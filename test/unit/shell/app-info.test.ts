import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ID, windowBounds } from '../../../electron/shell/app-info';

describe('APP_ID', () => {
  it('equals appId in electron-builder.yml (Windows taskbar grouping)', () => {
    const yml = fs.readFileSync('electron-builder.yml', 'utf8');
    expect(/^appId:\s*([^\s#]+)/m.exec(yml)?.[1]).toBe(APP_ID);
  });
});

describe('windowBounds', () => {
  it('uses 1366×860 (min 1100×700) on a large screen', () => {
    expect(windowBounds({ width: 1920, height: 1040 })).toEqual({
      width: 1366,
      height: 860,
      minWidth: 1100,
      minHeight: 700,
      maximize: false,
    });
  });

  it('fits a 1366×768 laptop (work area 1366×728) and starts maximized', () => {
    expect(windowBounds({ width: 1366, height: 728 })).toEqual({
      width: 1366,
      height: 728,
      minWidth: 1100,
      minHeight: 700,
      maximize: true,
    });
  });

  it('never asks for more than the screen, minimums included', () => {
    const b = windowBounds({ width: 1024, height: 600 });
    expect(b.width).toBeLessThanOrEqual(1024);
    expect(b.minWidth).toBeLessThanOrEqual(1024);
    expect(b.height).toBeLessThanOrEqual(600);
    expect(b.minHeight).toBeLessThanOrEqual(600);
    expect(b.maximize).toBe(true);
  });
});
