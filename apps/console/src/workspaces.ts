import type { Component } from 'vue';
import type { Role } from './auth/roles';

// Every workspace and its pages, in one place: the router, the menu and the role switch read
// this table, so a new page is one entry here. Each page is its own chunk, loaded when opened.

type Lazy = () => Promise<Component | { default: Component }>;

export interface PageDef {
  path: string;
  title: string;
  component: Lazy;
  // who may open it, when narrower than the workspace
  roles?: Role[];
  // reached from another page (a detail), not from the menu
  hidden?: boolean;
}

export interface Workspace {
  key: string;
  title: string;
  roles: Role[];
  pages: PageDef[];
}

export const WORKSPACES: Workspace[] = [
  {
    key: 'resident',
    title: '我的办事',
    roles: ['RESIDENT'],
    pages: [
      { path: '/resident/uses', title: '我的数据使用记录', component: () => import('./pages/resident/UsesPage.vue') },
      {
        path: '/resident/outcomes',
        title: '我的承诺与证明',
        component: () => import('./pages/resident/OutcomesPage.vue'),
      },
      {
        path: '/resident/sign',
        title: '签署告知承诺',
        hidden: true,
        component: () => import('./pages/resident/SignPage.vue'),
      },
    ],
  },
  {
    key: 'window',
    title: '窗口核验',
    roles: ['WINDOW_STAFF'],
    pages: [
      { path: '/window/verify', title: '事实核验', component: () => import('./pages/window/VerifyPage.vue') },
      { path: '/window/history', title: '核验记录', component: () => import('./pages/window/HistoryPage.vue') },
      {
        path: '/window/verifications/:id',
        title: '核验详情',
        hidden: true,
        component: () => import('./pages/window/VerificationPage.vue'),
      },
      {
        path: '/window/commitments',
        title: '告知承诺',
        component: () => import('./pages/window/CommitmentsPage.vue'),
      },
      {
        path: '/window/commitments/:id',
        title: '告知承诺书',
        hidden: true,
        component: () => import('./pages/window/CommitmentPage.vue'),
      },
      {
        path: '/window/post-verification',
        title: '事后核查',
        component: () => import('./pages/assist/PostVerificationPage.vue'),
      },
    ],
  },
  {
    key: 'assist',
    title: '部门协查',
    roles: ['DEPT_OFFICER'],
    pages: [
      { path: '/assist/inbox', title: '协查待办', component: () => import('./pages/assist/InboxPage.vue') },
      {
        path: '/assist/post-verification',
        title: '事后核查',
        component: () => import('./pages/assist/PostVerificationPage.vue'),
      },
    ],
  },
  {
    key: 'third-party',
    title: '第三方核查',
    roles: ['THIRD_PARTY'],
    pages: [{ path: '/third-party/inbox', title: '核查待办', component: () => import('./pages/assist/InboxPage.vue') }],
  },
  {
    key: 'community',
    title: '社区',
    roles: ['COMMUNITY_STAFF'],
    pages: [
      { path: '/community/check', title: '能否开具', component: () => import('./pages/community/CheckPage.vue') },
      { path: '/community/issue', title: '出具证明', component: () => import('./pages/community/IssuePage.vue') },
      {
        path: '/community/certificates',
        title: '已出具证明',
        component: () => import('./pages/community/CertificatesPage.vue'),
      },
      { path: '/community/forms', title: '表格填报', component: () => import('./pages/community/FormsPage.vue') },
      {
        path: '/community/burden',
        title: '本社区减负',
        component: () => import('./pages/oversight/BurdenPage.vue'),
      },
    ],
  },
  {
    key: 'sources',
    title: '数据源',
    roles: ['SOURCE_ADMIN'],
    pages: [
      { path: '/sources', title: '我的数据源', component: () => import('./pages/sources/SourcesPage.vue') },
      {
        path: '/sources/delegations',
        title: '委托登记',
        component: () => import('./pages/sources/DelegationsPage.vue'),
      },
      {
        path: '/sources/:id',
        title: '数据源详情',
        hidden: true,
        component: () => import('./pages/sources/SourcePage.vue'),
      },
    ],
  },
  {
    key: 'access',
    title: '清单与准入',
    roles: ['LIST_ADMIN', 'REVIEWER'],
    pages: [
      {
        path: '/access/applications',
        title: '准入申请',
        component: () => import('./pages/lists/WorkAccessPage.vue'),
      },
      {
        path: '/access/applications/:id',
        title: '准入申请办理',
        hidden: true,
        component: () => import('./pages/lists/ApplicationPage.vue'),
      },
      { path: '/access/lists', title: '清单与版本', component: () => import('./pages/lists/ListsPage.vue') },
    ],
  },
  {
    key: 'oversight',
    title: '减负监测与审计',
    roles: ['AUDITOR', 'LIST_ADMIN', 'REVIEWER'],
    pages: [
      { path: '/oversight/burden', title: '减负监测', component: () => import('./pages/oversight/BurdenPage.vue') },
      {
        path: '/oversight/audit',
        title: '审计日志',
        roles: ['AUDITOR'],
        component: () => import('./pages/oversight/AuditPage.vue'),
      },
      {
        path: '/oversight/credit',
        title: '信用报送',
        roles: ['AUDITOR', 'LIST_ADMIN'],
        component: () => import('./pages/oversight/CreditPage.vue'),
      },
      {
        path: '/oversight/objections',
        title: '居民质疑',
        roles: ['AUDITOR'],
        component: () => import('./pages/oversight/ObjectionsPage.vue'),
      },
    ],
  },
];

export function pageAllowed(workspace: Workspace, page: PageDef, role: Role): boolean {
  return workspace.roles.includes(role) && (!page.roles || page.roles.includes(role));
}

// the workspaces a role works in, with the pages it may open
export function workspacesFor(role: Role): { workspace: Workspace; pages: PageDef[] }[] {
  return WORKSPACES.filter((w) => w.roles.includes(role)).map((workspace) => ({
    workspace,
    pages: workspace.pages.filter((p) => pageAllowed(workspace, p, role)),
  }));
}

// each role opens on its daily job, not on a dashboard
const HOME: Record<Role, string> = {
  WINDOW_STAFF: '/window/verify',
  DEPT_OFFICER: '/assist/inbox',
  THIRD_PARTY: '/third-party/inbox',
  COMMUNITY_STAFF: '/community/check',
  SOURCE_ADMIN: '/sources',
  LIST_ADMIN: '/access/applications',
  REVIEWER: '/access/applications',
  AUDITOR: '/oversight/burden',
  RESIDENT: '/resident/uses',
};

export function homeFor(role: Role): string {
  return HOME[role];
}

export function roleMayOpen(role: Role, path: string): boolean {
  return WORKSPACES.some((w) => w.pages.some((p) => p.path === path && pageAllowed(w, p, role)));
}
