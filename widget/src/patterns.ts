import { svg, type SVGTemplateResult } from "lit";

const SIZE = 6;

/** Returns `<pattern>` defs, one per tier or quadrant index, so marks differ by texture as well as colour. */
export function patternDefs(prefix: string, count: number, classPrefix = "t"): SVGTemplateResult {
  return svg`${Array.from({ length: count }, (_, i) => {
    const marks = [
      svg``,
      svg`<path class="pat-fg" d="M0,${SIZE} L${SIZE},0 M-1,1 L1,-1 M${SIZE - 1},${SIZE + 1} L${SIZE + 1},${SIZE - 1}"></path>`,
      svg`<circle class="pat-fg-fill" cx=${SIZE / 2} cy=${SIZE / 2} r="1.1"></circle>`,
      svg`<path class="pat-fg" d="M0,0 L${SIZE},${SIZE} M${SIZE},0 L0,${SIZE}"></path>`,
      svg`<path class="pat-fg" d="M0,${SIZE / 2} H${SIZE}"></path>`,
      svg`<path class="pat-fg" d="M${SIZE / 2},0 V${SIZE}"></path>`,
    ][i % 6];
    return svg`<pattern id="${prefix}-${i}" class="${classPrefix}${i}" patternUnits="userSpaceOnUse" width=${SIZE} height=${SIZE}>
      <rect class="pat-bg" width=${SIZE} height=${SIZE}></rect>${marks}
    </pattern>`;
  })}`;
}
