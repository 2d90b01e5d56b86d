import { offlineText } from './offline';
import { practiceText } from './practice';
import { quizText } from './quiz';
import { widgetText } from './widgets';

/** Note-page strings; also imported on their own by the note page's small script (components/enhance). */
export const noteText = {
  toc: '本页目录',
  related: '相关笔记',
  backlinks: '被引用于',
  prev: '上一篇',
  next: '下一篇',
  depth: { rich: '重点', medium: '常规', 'link-only': '速览' } as Record<string, string>,
  aliases: '又称',
  copyLink: (heading: string) => `复制“${heading}”的链接`,
  linkCopied: '链接已复制',
  sidebarHeading: '章节导航',
  sectionOverview: '概览',
};

/**
 * Every string the UI shows, in Simplified Chinese. Components import `ui` from here and never
 * hard-code text, so a second language only needs a second module of the same shape.
 */
export const ui = {
  siteName: 'mlprep',
  siteTagline: '机器学习 · 推荐系统 · NLP 面试复习',
  siteDescription: '为机器学习、推荐系统与 NLP 面试准备的中文笔记：公式推导、交互演示、全文搜索与间隔重复自测。',
  skipToContent: '跳到正文',
  nav: {
    home: '首页',
    sections: '章节',
    tags: '标签',
    quiz: '自测',
    progress: '进度',
    search: '搜索',
    openMenu: '打开导航菜单',
    closeMenu: '关闭导航菜单',
    primary: '主导航',
    allSections: '全部章节',
    breadcrumb: '面包屑导航',
  },
  theme: {
    toggle: '切换深色 / 浅色模式',
  },
  home: {
    heroTitle: '把面试常考的 ML 知识点，讲清楚、算明白、记得住',
    heroBody: '每篇笔记都有直觉解释、公式推导、数值例子和面试答法；公式在构建时渲染，交互组件让你拖动滑块看清原理，自测卡片按间隔重复帮你复习。',
    sectionsHeading: '全部章节',
    notesCount: (n: number) => `${n} 篇笔记`,
    stats: (notes: number, cards: number, sections: number) => `${sections} 个章节 · ${notes} 篇笔记 · ${cards} 张自测卡`,
    startReading: '从第一篇开始',
  },
  section: {
    empty: '这个章节还没有笔记。',
  },
  tags: {
    title: '标签',
    intro: '按主题浏览笔记。',
    tagTitle: (tag: string) => `标签：${tag}`,
    notesWithTag: (n: number) => `共 ${n} 篇笔记`,
  },
  note: noteText,
  quizBlock: {
    heading: '自测',
    intro: (n: number) => `共 ${n} 题。先自己回答，再展开答案核对。`,
    showAnswer: '显示答案',
    level: { E: '基础', M: '进阶', H: '困难' } as Record<string, string>,
    levelLabel: '难度',
  },
  callout: {
    info: '说明',
    tip: '提示',
    warn: '注意',
    interview: '面试答法',
  } as Record<string, string>,
  notFound: {
    title: '页面不存在',
    body: '你要找的页面不存在，可能链接有误或笔记已改名。',
    backHome: '返回首页',
  },
  footer: {
    note: '笔记内容以中文写成，保留常用英文术语。进度只保存在你的浏览器里。',
  },
  // --- search (issue 6) ---
  search: {
    open: '搜索笔记',
    shortcut: 'Ctrl K',
    dialogLabel: '搜索笔记',
    placeholder: '搜索概念，如 注意力、负采样、AUC、layer norm',
    inputLabel: '搜索关键词',
    close: '关闭搜索',
    loading: '正在加载搜索索引…',
    loadFailed: '搜索索引加载失败，请检查网络后重试。',
    retry: '重试',
    resultsCount: (n: number) => (n ? `找到 ${n} 条结果` : '没有找到结果'),
    noResults: (q: string) => `没有找到与“${q}”相关的笔记。`,
    didYouMean: '试试这些：',
    browseSections: '浏览全部章节',
    recent: '最近搜索',
    clearRecent: '清空',
    popular: '常见搜索',
    popularQueries: ['注意力', '负采样', 'AUC', 'layer norm', '双塔召回', 'BERT 参数量'],
    hint: '↑↓ 选择 · Enter 打开 · Esc 关闭',
    pageTitle: '搜索',
    pageIntro: '在所有笔记的标题、别名、小标题和正文中查找。',
    resultsLabel: '搜索结果',
  },
  ...quizText,
  ...widgetText,
  ...offlineText,
  ...practiceText,
} as const;

export type UiText = typeof ui;
