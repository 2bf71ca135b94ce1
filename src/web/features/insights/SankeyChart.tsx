import { useMemo } from 'react';
import { ResponsiveContainer, Sankey, Tooltip, type SankeyLinkProps, type SankeyNodeProps } from 'recharts';
import type { Insights, Outcome } from '../../../contracts/insights.js';
import { STAGE_LABELS, type ProgressStage } from '../../../domain/applications/stages.js';
import type { Behind } from './ApplicationsDrawer';
import { sankeyHeight } from './chart-sizes';
import { OUTCOME_COLORS, OUTCOME_LABELS, stageLabel } from './labels';
import { useMediaQuery } from '@mantine/hooks';

const STAGE_FILL: Record<ProgressStage, string> = {
  saved: 'var(--mantine-color-gray-6)',
  applied: 'var(--mantine-color-blue-7)',
  screen: 'var(--mantine-color-cyan-8)',
  assessment: 'var(--mantine-color-indigo-7)',
  interview: 'var(--mantine-color-violet-7)',
  final: 'var(--mantine-color-grape-7)',
  offer: 'var(--mantine-color-teal-7)',
  accepted: 'var(--mantine-color-green-7)',
};

interface FlowNode {
  name: string;
  /** No flow leaves this node: it sits at the right edge. */
  terminal?: boolean;
  value: number;
  fill: string;
  behind: Behind;
}
interface FlowLink {
  source: number;
  target: number;
  value: number;
  behind: Behind;
}

/** Applications flow from "sent" through each stage they reached, to how they stand now. */
export function buildFlow(i: Insights): { nodes: FlowNode[]; links: FlowLink[] } {
  const nodes: FlowNode[] = [];
  const links: FlowLink[] = [];
  const stageIndex = new Map<ProgressStage, number>();
  const reached = i.funnel.filter((f) => f.reached > 0);
  for (const f of reached) {
    stageIndex.set(f.stage, nodes.length);
    nodes.push({ name: stageLabel(f.stage), value: f.reached, fill: STAGE_FILL[f.stage],
      behind: { title: f.stage === 'applied' ? 'All applications sent' : `Reached ${STAGE_LABELS[f.stage].toLowerCase()}`, filter: { stage: f.stage } } });
  }
  for (let k = 0; k + 1 < reached.length; k++) {
    const from = reached[k]!;
    const to = reached[k + 1]!;
    links.push({ source: stageIndex.get(from.stage)!, target: stageIndex.get(to.stage)!, value: to.reached,
      behind: { title: `Reached ${STAGE_LABELS[to.stage].toLowerCase()}`, filter: { stage: to.stage } } });
  }
  const outcomeIndex = new Map<Outcome, number>();
  for (const o of i.outcomes) {
    if (o.outcome === 'accepted' || o.count === 0) continue;
    let target = outcomeIndex.get(o.outcome);
    if (target === undefined) {
      target = nodes.length;
      outcomeIndex.set(o.outcome, target);
      const total = i.outcomes.filter((x) => x.outcome === o.outcome).reduce((s, x) => s + x.count, 0);
      nodes.push({ name: OUTCOME_LABELS[o.outcome], value: total, fill: OUTCOME_COLORS[o.outcome],
        behind: { title: OUTCOME_LABELS[o.outcome], filter: { outcome: o.outcome } } });
    }
    const source = stageIndex.get(o.stage);
    if (source === undefined) continue;
    links.push({ source, target, value: o.count,
      behind: { title: `${OUTCOME_LABELS[o.outcome]} after ${STAGE_LABELS[o.stage].toLowerCase()}`, filter: { stage: o.stage, outcome: o.outcome } } });
  }
  const withOutflow = new Set(links.map((l) => l.source));
  nodes.forEach((node, k) => (node.terminal = !withOutflow.has(k)));
  return { nodes, links };
}

interface NodeShape {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: FlowNode;
}

function FlowNodeShape({ x, y, width, height, payload, compact }: NodeShape & { compact: boolean }) {
  // Nodes where flows end sit at the right edge: label them on their left.
  const right = payload.terminal === true;
  return (
    <g>
      <rect x={x} y={y} width={width} height={Math.max(height, 1)} fill={payload.fill} />
      <text x={right ? x - 6 : x + width + 6} y={y + height / 2} textAnchor={right ? 'end' : 'start'} dominantBaseline="middle"
        fontSize={compact ? 12 : 13} fill="var(--mantine-color-text)">
        {payload.name} {payload.value}
      </text>
    </g>
  );
}

/** A flow takes the colour of where it goes: red into rejections, orange into silence. */
function FlowLinkShape(p: SankeyLinkProps) {
  const target = p.payload.target as unknown as Partial<FlowNode>;
  const d = `M${p.sourceX},${p.sourceY} C${p.sourceControlX},${p.sourceY} ${p.targetControlX},${p.targetY} ${p.targetX},${p.targetY}`;
  return <path d={d} fill="none" stroke={target.fill ?? 'var(--mantine-color-blue-4)'} strokeOpacity={0.3} strokeWidth={Math.max(1, p.linkWidth)} />;
}

export default function SankeyChart({ insights, onPick }: { insights: Insights; onPick: (b: Behind) => void }) {
  const data = useMemo(() => buildFlow(insights), [insights]);
  const compact = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <ResponsiveContainer width="100%" height={sankeyHeight(compact)}>
      <Sankey
        data={data}
        accessibilityLayer={false}
        nodeWidth={compact ? 8 : 12}
        nodePadding={compact ? 14 : 18}
        margin={{ top: 10, right: compact ? 4 : 10, bottom: 10, left: 4 }}
        link={(props: SankeyLinkProps) => <FlowLinkShape {...props} />}
        node={(props: SankeyNodeProps) => <FlowNodeShape {...props} payload={props.payload as unknown as NodeShape['payload']} compact={compact} />}
        onClick={(item, type) => {
          const payload = (item as { payload?: { behind?: Behind; name?: string; source?: { name?: string }; target?: { name?: string } } }).payload;
          if (type === 'link') {
            const link = data.links.find((l) => data.nodes[l.source]?.name === payload?.source?.name && data.nodes[l.target]?.name === payload?.target?.name);
            if (link) onPick(link.behind);
          } else {
            const node = data.nodes.find((n) => n.name === payload?.name);
            if (node) onPick(node.behind);
          }
        }}
        style={{ cursor: 'pointer' }}
      >
        <Tooltip />
      </Sankey>
    </ResponsiveContainer>
  );
}
