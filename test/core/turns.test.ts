import { describe, expect, it } from 'vitest';
import { Turns } from '../../src/core/state/turns.ts';

const hang = () => {
  let end = () => {};
  const hung = new Promise<void>((resolve) => (end = resolve));
  return { hung, end };
};

describe('turns with a patience', () => {
  it('a job whose turn does not come in time gives up, and is skipped when its turn comes', async () => {
    const turns = new Turns(50);
    const { hung, end } = hang();
    const first = turns.run(() => hung);
    let ran = false;
    const started = Date.now();
    await expect(turns.run(async () => void (ran = true))).rejects.toMatchObject({
      name: 'StoreUnreachable',
    });
    expect(Date.now() - started).toBeLessThan(1000);
    end();
    await first;
    expect(await turns.run(async () => 'next')).toBe('next');
    expect(ran).toBe(false);
  });

  it('a job that started is not cut off by the patience', async () => {
    const turns = new Turns(20);
    const slow = turns.run(() => new Promise((resolve) => setTimeout(() => resolve('done'), 80)));
    await expect(slow).resolves.toBe('done');
  });

  it('a catch-up that gave up is not joined by the next one', async () => {
    const turns = new Turns(30);
    const { hung, end } = hang();
    void turns.run(() => hung);
    await expect(turns.joined(async () => undefined)).rejects.toMatchObject({
      name: 'StoreUnreachable',
    });
    end();
    let caughtUp = false;
    await turns.joined(async () => void (caughtUp = true));
    expect(caughtUp).toBe(true);
  });
});
