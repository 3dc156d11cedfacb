import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHans: Messages<typeof en> = {
  listSeparator: '、',
  departments: {
    marketing: '市场部',
    sales: '销售部',
    support: '客服部',
    product: '产品部',
    finance: '财务部',
    operations: '运营部',
    hr: '人力资源部',
    other: '其他',
  },
  mapTypes: {
    current_state: '当前状态',
    future_state: '未来状态',
    day_in_the_life: '日常生活',
    service_blueprint: '服务蓝图',
  },
  feelings: {
    score1: '非常负面',
    score2: '负面',
    score3: '中性',
    score4: '正面',
    score5: '非常正面',
  },
  weekdays: {
    day1: '星期一',
    day2: '星期二',
    day3: '星期三',
    day4: '星期四',
    day5: '星期五',
    day6: '星期六',
    day7: '星期日',
  },
  defaultStages: {
    awareness: '认知',
    consideration: '考虑',
    decision: '决策',
    retention: '保留',
    advocacy: '推荐',
  },
  kindTitles: {
    goal: '客户目标',
    action: '行为',
    thought: '心声',
    feeling: '情绪',
    touchpoint: '接触点',
    obstacle: '障碍',
    idea: '想法',
    kpi: '关键绩效指标 (KPI)',
  },
  errors: {
    storeDown: '我暂时连不上存储，所以什么都没有改动。请一分钟后再试。',
    unexpected: '我这边出了点问题，什么都没有改动。请一分钟后再试。',
    mapNotFound: '没有找到名为“{query}”的地图。输入 `{command} list` 查看这个工作区的所有地图。',
    noMapHere: '这个频道还没有绑定地图。请指明地图名称（`{command} list` 可以查看），或用 `{command} new` 新建一张。',
    mapGone: '这张地图已经不存在了。`{command} list` 会列出你可以回答的地图。',
  },
  moreThanFits: '_一条消息放不下全部内容：其余部分请查看导出文件。_',
};
