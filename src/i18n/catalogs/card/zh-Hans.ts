import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHans: Messages<typeof en> = {
  card: {
    fallback: '客户旅程地图：{mapName}',
    fallbackArchived: '客户旅程地图：{mapName}（已归档）',
    header: '🗺️ {mapName}',
    headerArchived: '🗺️ {mapName}（已归档）',
    goal: '*目标：* {goal}',
    persona: '*客户角色：* {persona}',
    type: '*类型：* {type} · *负责人：* {owner}',
    stage: '{bar}  *{number}. {stageName}*  {count} 条反馈 · {feeling}',
    stakeholders: '*利益相关者：* {stakeholders}',
    noStakeholders: '_还没有邀请任何人：任何人都可以点下面的按钮来回答_',
    teams: '*已参与的部门：* {teams}',
    noTeams: '暂无',
    answerForTeam: '代表我的团队回答',
    showMap: '查看地图',
    threadTip:
      '💬 在这个讨论串里回复，补充你了解的情况，例如 `接触点：定价网络研讨会 @考虑` 或 `障碍：结账时必须注册账号 (决策)`。更多用法见 `{command} help`。',
  },
  home: {
    header: '🗺️ {product}',
    intro: '和每个团队一起，就在 Slack 里描绘客户从第一次听说你们到主动推荐你们的旅程。',
    newMap: '新建地图',
    unfinished: '*你还没完成的访谈*',
    interview: '*{mapName}*  已完成 {done}/{total} 个阶段',
    interviewPaused: '*{mapName}*  已完成 {done}/{total} 个阶段 · 已暂停',
    resume: '继续',
    yourMaps: '*你的地图*',
    noMaps: '还没有地图。点 *新建地图*，或在地图所属的频道里输入 `{command} new`。',
    mapLine:
      '*{mapName}* 位于 {channel} · {role, select, owner {你是负责人} stakeholder {你是利益相关者} other {你参与过}} · 来自 {people} 人的 {inputs} 条反馈',
    answer: '回答',
    tip: '提示：`{command} help` 会列出我能做的所有事情。',
  },
  list: {
    emptyFallback: '还没有客户旅程地图。',
    empty: '这个工作区还没有客户旅程地图。用 `{command} new` 新建一张吧。',
    fallback: '{count} 张客户旅程地图',
    heading: '*客户旅程地图*（{count}）',
    line: '• *{mapName}* 位于 {channel} · 负责人 {owner}',
    lineHere: '• *{mapName}* 位于 {channel} · 负责人 {owner} · _本频道_',
    allArchived: '_全部已归档_',
    archived: '{count} 张已归档。',
    usage: '任何命令都可以加上地图名称，例如 `{command} show <名称>`。',
    truncated: '只显示前 {count} 张。',
  },
  archive: {
    notOwner:
      '只有地图负责人 {owner} 或工作区管理员才能归档 *{mapName}*。请联系对方，或用 `{command} new` 新建你自己的地图。',
    already: '*{mapName}* 已经归档了。',
    done: '🗄️ *{mapName}* 已归档。所有回答都会保留，导出功能照常可用。',
  },
  show: {
    drawing: '🖼️ 正在绘制 *{mapName}*：图片稍后会出现在地图的讨论串里。',
  },
  interview: {
    checkDms: '📬 请查看私信：*{mapName}* 的访谈已经发给你了。',
  },
  reopen: {
    notOwner: '只有地图负责人 {owner} 或工作区管理员才能重新启用 *{mapName}*。',
    notArchived: '*{mapName}* 没有归档，正在接收回答。',
    channelTakenUnseen: '<#{channel}> 已经有另一张你无法查看的使用中地图。它归档后，你就可以重新启用 *{mapName}*。',
    channelTaken:
      '<#{channel}> 已经有另一张使用中的地图 *{otherName}*。请先归档它（`{command} archive {otherName}`），再重新启用 *{mapName}*。',
    done: '♻️ *{mapName}* 已重新启用，可以在 <#{channel}> 继续回答。',
    howTo: '{owner} 可以用 `{command} reopen {mapName}` 重新启用它。',
    movedTo: '<#{channel}> 现在使用的是 *{newName}*：请到那里补充你的回答。',
    movedToUnseen: '<#{channel}> 现在有另一张使用中的地图。',
  },
  language: {
    notOwner: '只有地图负责人 {owner} 或工作区管理员才能更改 *{mapName}* 的语言。',
    which: '*{mapName}* 要使用哪种语言？请加上以下其中一个：{choices}。例如 `{command} language {example}`。',
    same: '*{mapName}* 已经在使用{language}了。',
    changed:
      '✅ *{mapName}* 现在使用{language}：访谈、讨论串回复、总结、周报和导出都会跟着改变。大家已经写下的内容保持原样。',
  },
};
