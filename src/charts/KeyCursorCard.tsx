import type { PlotBox } from './linePath.ts';
import { SampleCard } from './SampleCard.tsx';

const CARD_WIDTH = 220;
const CARD_HEIGHT = 80;
const GAP = 10;

/**
 * The hover card for the keyboard cursor, beside the cursor line: the mouse's card (HoverCard)
 * follows the pointer's chart only. Drawn in the SVG (a foreignObject) at the cursor's x, on the side with
 * room, so that it needs no measuring and no portal.
 */
export function KeyCursorCard({ cx, box, point }: { cx: number; box: PlotBox; point: number }) {
  const left = cx + GAP + CARD_WIDTH > box.x + box.width;
  return (
    <foreignObject className="key-cursor-card" x={left ? cx - GAP - CARD_WIDTH : cx + GAP} y={box.y} width={CARD_WIDTH} height={CARD_HEIGHT}>
        <div className={left ? 'key-cursor-card__box key-cursor-card__box--left' : 'key-cursor-card__box'} data-testid="key-cursor-card">
          <SampleCard point={point} />
        </div>
      </foreignObject>
  );
}
