// The seed field mirrors `[general] seed` both ways: it shows the seed in the text (or the
// random one the engine drew when there is none, marked "random"); Enter or leaving the field
// writes a typed seed into the text, and the dice button writes a fresh random one.
import { useState, type ReactElement } from 'react';
import { MAX_SEED, parseSeedLiteral } from '../engine/index.ts';
import { selectDrawnSeed, selectSeedInText } from '../store/selectors.ts';
import { useActions, useApp } from './appContext.ts';
import { DiceIcon } from './icons.tsx';

export function SeedField(): ReactElement {
  const actions = useActions();
  const drawn = useApp(selectDrawnSeed);
  const inText = useApp(selectSeedInText);
  const [typed, setTyped] = useState<string | undefined>(undefined);

  const shown = inText ?? drawn;
  const value = typed ?? (shown === undefined ? '' : String(shown));
  const invalid = typed !== undefined && typed.trim() !== '' && parseSeedLiteral(typed) === undefined;

  const commit = (): void => {
    if (typed === undefined) return;
    const seed = parseSeedLiteral(typed);
    setTyped(undefined);
    if (seed !== undefined && seed !== inText) actions.applySeed(seed);
  };

  return (
    <div className="seed">
      <label className="seed-label" htmlFor="seed-input">Seed</label>
      <input
        id="seed-input"
        className="seed-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder="random"
        aria-invalid={invalid}
        title={invalid ? `A seed is a whole number from 0 to ${MAX_SEED}` : 'The seed in [general]; press Enter to apply'}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setTyped(undefined);
          if (e.key !== 'Enter') return;
          // Enter on an untouched random seed keeps it: it is written into the text.
          if (typed === undefined && inText === undefined && drawn !== undefined) actions.applySeed(drawn);
          else commit();
        }}
      />
      {inText === undefined && drawn !== undefined && typed === undefined && <span className="seed-tag" title="The config has no seed: this one was drawn at random. Press Enter to keep it.">random</span>}
      <button type="button" className="btn icon-btn" aria-label="Re-roll seed" title="Write a new random seed into the config" onClick={() => actions.rerollSeed()}>
        <DiceIcon />
      </button>
    </div>
  );
}
