import { describe, expect, it } from 'vitest';
import { readTestSettings, scaledDown } from './testSettings.ts';

describe('test settings', () => {
  it('reads the limits and the fault flag the e2e tests set', () => {
    expect(readTestSettings('{"confirmSamples":1000,"streamFromBytes":50000,"refuseFromBytes":60000,"stallMs":1500,"workerFaults":true}')).toEqual({
      confirmSamples: 1000,
      streamFromBytes: 50000,
      refuseFromBytes: 60000,
      stallMs: 1500,
      workerFaults: true,
    });
  });

  it('ignores anything malformed instead of failing to start', () => {
    for (const raw of [null, undefined, '', 'not json', '[1]', '"x"', '{"stallMs":"5"}', '{"stallMs":-1}', '{"stallMs":0}', '{"workerFaults":"yes"}', '{"confirmSamples":1e999}']) {
      expect(readTestSettings(raw), String(raw)).toEqual({});
    }
  });

  it('can only scale a limit down, never raise it past its default', () => {
    expect(scaledDown(undefined, 8000)).toBe(8000);
    expect(scaledDown(1500, 8000)).toBe(1500);
    expect(scaledDown(1e12, 8000)).toBe(8000);
  });
});
