import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHans: Messages<typeof en> = {
  stage: {
    heading: '🧭 {stageName}：阶段总结',
    position: '*{mapName}* · 第 {number} 个阶段，共 {total} 个',
    does: '*做什么：* {actions}',
    doesSeparator: '；',
    thinks: '*想什么：* {thoughts}',
    thought: '“{thought}”',
    feels: '*感受：* {feeling}',
    touchpointsLine: '📍 *主要接触点：* {items}',
    alsoRaisedLine: '🚧 *其他提到的障碍：* {items}',
    stillMissingLine: '🕳️ *还缺什么：* {items}',
    disagreements: '↔️ 各团队看法不一的地方',
    improvements: '*💡 改进建议（{count} 条）*',
    replyToAdd: '➕ 在这个讨论串里回复，就能补充缺少的内容。',
    fallback: '{stageName}（{mapName}）阶段总结：{count} 条改进建议',
  },
  feeling: {
    nobodyYet: '▫️ 还没有人说过',
    single: '{emoji} {mean} / 5（{count} 个评分）',
    withSpread: '{emoji} {mean} / 5，离散度 ±{spread}（{count} 个评分）',
    noFeelingsYet: '还没有情绪评分',
  },
  raisedBy: {
    people: '{count} 人',
    peopleAndDepartments: '{people} · {departments}',
  },
  disagreement: '{low}的感受是 {lowFeeling}，{high}是 {highFeeling}：值得对比一下双方各自看到了什么',
  improvement: {
    answersObstacle: '🎯 针对障碍“{text}”',
    answersGap: '🎯 弥补缺口：{text}',
    where: '📍 接触点：{touchpoint}  ·  📈 关注的 KPI：{kpi}',
    whereWithOwners: '📍 接触点：{touchpoint}  ·  👥 负责部门：{owners}  ·  📈 关注的 KPI：{kpi}',
  },
  overview: {
    heading: '🧭 阶段总结：{mapName}',
    persona: '👤 *{persona}*',
    personaWithGoal: '👤 *{persona}* · 目标：{goal}',
    oneStageHint: '🔎 `{example}` 可以查看单个阶段的完整总结，包括每条建议以及谁提出了什么。',
    fallback: '{mapName}的阶段总结：{count} 个阶段',
  },
  source: {
    playbook: '🧭 建议来自内置的改进手册。',
    model: '✨ 建议由 {model} 生成。',
    anyModel: 'AI 模型',
    modelUnavailable: '🧭 模型暂时不可用，所以由内置的改进手册给出建议。',
    modelPartly: '✨ 建议由 {model} 生成；对于{stages}，模型暂时不可用，由内置的改进手册给出建议。',
  },
  trigger: {
    everyoneAnswered: '🔔 所有利益相关者都已回答了“{stageName}”阶段，所以发布这份总结。',
    newInput: '🔔 自上次总结以来，“{stageName}”阶段新增了 {count} 条反馈，所以发布这份总结。',
  },
  notice: {
    working: '⏳ 正在处理：正在总结 {what}。稍后会出现在{where}。',
    oneStage: '*{mapName}* 的 *{stageName}* 阶段',
    allStages: '*{mapName}* 的全部 {count} 个阶段',
    mapThread: '地图的讨论串里',
    channel: '它的频道里',
    posted: '✅ *{mapName}* 的总结已发布在{where}。',
  },
  replies: {
    archived: '*{mapName}* 已归档，所以不再为它生成总结。`{command} list` 可以查看仍在使用的地图。',
    unknownStage:
      '*{mapName}* 没有名为“{query}”的阶段。它的阶段有：{stages}。请写出阶段名称或编号，例如 `{command} summary {mapName} 2`。',
    unknownStageOrMap:
      '没有名为“{query}”的地图，*{mapName}* 也没有名为“{query}”的阶段。它的阶段有：{stages}。请写出阶段名称或编号，例如 `{command} summary {mapName} 2`。',
    ambiguousStage: '在 *{mapName}* 中，“{query}”可能是 {candidates}：请多写几个字，或者写阶段编号（{stages}）。',
    orSeparator: ' 或 ',
    cannotPost: '我无法在 *{mapName}* 的频道里发消息。请先用 `/invite @{product}` 邀请我加入，然后再试一次。',
  },
  narrative: {
    raised: '{people} 人（{departments}）在这里提出了 {groups} 个障碍',
    raisedNoDepartments: '{people} 人在这里提出了 {groups} 个障碍',
    feels: '这里的情绪评分是 {mean}',
    dips: '这里的情绪评分跌到 {mean}',
    dipsLowest: '这里的情绪评分跌到 {mean}，是整个旅程的最低点',
    both: '{first}；{second}。',
    one: '{text}。',
  },
  engine: {
    personaGoal: '{persona} — 目标：{goal}',
    personaMapGoal: '{persona} — 地图目标：{goal}',
    everyTouchpoint: '“{stageName}”阶段的所有接触点',
    listAnd: '{items}和{last}',
  },
  prompt: {
    kpiExamples:
      '转化率、客户满意度 (CSAT)、某一步的流失率、首次响应时间、留存率、复购率、平均订单价值或净推荐值 (NPS)',
  },
};
