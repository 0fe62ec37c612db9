import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  parseWindowState,
  restoreWindowState,
  serializeWindowState,
  type Rect,
} from '../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads what serializeWindowState wrote', () => {
    const text = serializeWindowState({ x: 100, y: 50, width: 1200, height: 700 }, true);
    expect(parseWindowState(text)).toEqual({ width: 1200, height: 700, position: { x: 100, y: 50 }, isMaximized: true });
  });

  it.each([
    ['no file', null],
    ['empty file', ''],
    ['truncated JSON', '{"x":100,"y":50,"wid'],
    ['not an object', '[1,2,3]'],
    ['missing size', '{"x":1,"y":2,"isMaximized":false}'],
    ['text instead of numbers', '{"width":"1200","height":700,"isMaximized":false}'],
    ['fractional size', '{"width":1200.5,"height":700,"isMaximized":false}'],
    ['negative size', '{"width":-5,"height":700,"isMaximized":false}'],
    ['absurd coordinates', '{"x":1e12,"y":0,"width":1200,"height":700,"isMaximized":false}'],
    ['x without y', '{"x":100,"width":1200,"height":700,"isMaximized":false}'],
    ['maximised flag missing', '{"width":1200,"height":700}'],
  ])('treats %s as nothing saved', (_label, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('restoreWindowState', () => {
  it('opens with the defaults, centred, on first run or a corrupt file', () => {
    expect(restoreWindowState(null, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    expect(restoreWindowState('garbage{', [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a saved window that is fully visible exactly where it was', () => {
    const text = serializeWindowState({ x: 1600, y: 100, width: 1400, height: 900 }, false);
    expect(restoreWindowState(text, [laptop, monitorOnRight])).toEqual({
      width: 1400,
      height: 900,
      position: { x: 1600, y: 100 },
      isMaximized: false,
    });
  });

  it('centres the window on the primary display when its monitor has been unplugged', () => {
    const text = serializeWindowState({ x: 1600, y: 100, width: 1400, height: 900 }, false);
    const restored = restoreWindowState(text, [laptop]);
    expect(restored.position).toBeNull();
    expect(restored.width).toBe(1400);
    expect(restored.height).toBe(laptop.height);
  });

  it('pulls a window hanging off the edge back onto the display that shows most of it', () => {
    const text = serializeWindowState({ x: 1000, y: -200, width: 1200, height: 700 }, false);
    expect(restoreWindowState(text, [laptop])).toMatchObject({ width: 1200, height: 700, position: { x: 240, y: 0 } });
  });

  it('shrinks a window larger than the display so it fits', () => {
    const text = serializeWindowState({ x: 0, y: 0, width: 3000, height: 2000 }, false);
    expect(restoreWindowState(text, [laptop])).toMatchObject({ width: 1440, height: 875, position: { x: 0, y: 0 } });
  });

  it('grows a saved window below the minimum size', () => {
    const text = serializeWindowState({ x: 10, y: 10, width: 200, height: 100 }, false);
    expect(restoreWindowState(text, [laptop])).toMatchObject({ width: MIN_WINDOW_WIDTH, height: MIN_WINDOW_HEIGHT });
  });

  it('keeps the maximised flag', () => {
    const text = serializeWindowState({ x: 10, y: 10, width: 1000, height: 700 }, true);
    expect(restoreWindowState(text, [laptop]).isMaximized).toBe(true);
  });

  it('works with displays at negative coordinates (monitor left of the primary)', () => {
    const leftMonitor: Rect = { x: -1920, y: 0, width: 1920, height: 1040 };
    const text = serializeWindowState({ x: -1800, y: 40, width: 1200, height: 800 }, false);
    expect(restoreWindowState(text, [laptop, leftMonitor]).position).toEqual({ x: -1800, y: 40 });
  });
});
