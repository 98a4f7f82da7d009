// draw-hover: sigma's hovered/highlighted node drawing (a label box around the disc) in the theme's
// colours: sigma's own always draws a white box, which hides light label text in the dark theme.
import type { NodeHoverDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../core/index.js";
import type { Theme } from "./settings.js";

export function createDrawNodeHover(getTheme: () => Theme): NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes> {
  return (context, data, settings) => {
    const theme = getTheme();
    const { labelSize: size, labelFont: font, labelWeight: weight } = settings;
    context.font = `${weight} ${size}px ${font}`;
    context.fillStyle = theme.hoverBox;
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 0;
    context.shadowBlur = 8;
    context.shadowColor = theme.hoverShadow;
    const PADDING = 2;
    context.beginPath();
    if (typeof data.label === "string") {
      const boxWidth = Math.round(context.measureText(data.label).width + 5);
      const boxHeight = Math.round(size + 2 * PADDING);
      const radius = Math.max(data.size, size / 2) + PADDING;
      const angle = Math.asin(boxHeight / 2 / radius);
      const xDelta = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
      context.moveTo(data.x + xDelta, data.y + boxHeight / 2);
      context.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
      context.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
      context.lineTo(data.x + xDelta, data.y - boxHeight / 2);
      context.arc(data.x, data.y, radius, angle, -angle);
    } else {
      context.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
    }
    context.closePath();
    context.fill();
    context.shadowBlur = 0;
    if (typeof data.label === "string" && data.label) {
      context.fillStyle = theme.label;
      context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
    }
  };
}
