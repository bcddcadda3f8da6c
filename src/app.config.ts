export default defineAppConfig({
  pages: ['pages/tasks/index', 'pages/interviews/index', 'pages/stats/index', 'pages/me/index'],
  // Everything that is not a tab lives in a subpackage, so the first download stays small.
  subPackages: [
    {
      root: 'packages/roster',
      pages: ['members/index', 'member-edit/index', 'departments/index', 'access-log/index'],
    },
    {
      root: 'packages/tasks',
      pages: [
        'detail/index',
        'progress/index',
        'closure/index',
        'review/index',
        'extension/index',
        'extension-decide/index',
        'assign/index',
        'comment/index',
        'outcome/index',
      ],
    },
    {
      root: 'packages/plans',
      pages: ['import/index', 'list/index', 'detail/index'],
    },
    {
      root: 'packages/interviews',
      pages: ['detail/index', 'propose/index', 'approve/index', 'record/index', 'sign/index', 'opinion/index', 'feedback/index', 'revise/index'],
    },
    {
      root: 'packages/inbox',
      pages: ['index/index', 'log/index'],
    },
    {
      root: 'packages/reports',
      pages: ['exports/index', 'notice/index', 'situation/index', 'rules/index'],
    },
  ],
  preloadRule: {
    'pages/me/index': { network: 'all', packages: ['packages/roster', 'packages/plans', 'packages/inbox'] },
    // Opening an item is the first thing people do on 我的事项.
    'pages/tasks/index': { network: 'all', packages: ['packages/tasks'] },
    // The 约谈 tab opens records (and the signing page) from this subpackage.
    'pages/interviews/index': { network: 'all', packages: ['packages/interviews'] },
    // 统计 opens overdue items and the exports / 公示 pages.
    'pages/stats/index': { network: 'all', packages: ['packages/tasks', 'packages/reports'] },
  },
  window: {
    navigationBarBackgroundColor: '#EDEDED',
    navigationBarTextStyle: 'black',
    navigationBarTitleText: '整改通',
    // H5 draws Taro's own title bar with 返回 (or 首页 on a page opened directly): no page is a dead end in a browser.
    navigationStyle: 'default',
    backgroundColor: '#EDEDED',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#7F7F7F',
    selectedColor: '#07C160',
    backgroundColor: '#F7F7F7',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/tasks/index',
        text: '整改事项',
        iconPath: 'assets/tabbar/tasks.png',
        selectedIconPath: 'assets/tabbar/tasks-active.png',
      },
      {
        pagePath: 'pages/interviews/index',
        text: '约谈',
        iconPath: 'assets/tabbar/interviews.png',
        selectedIconPath: 'assets/tabbar/interviews-active.png',
      },
      {
        pagePath: 'pages/stats/index',
        text: '统计',
        iconPath: 'assets/tabbar/stats.png',
        selectedIconPath: 'assets/tabbar/stats-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
});
