import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { whenSessionEnds } from './api/client';
import { session } from './auth/session';
import { homeFor, pageAllowed, WORKSPACES } from './workspaces';
import type { Role } from './auth/roles';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    title?: string;
    workspace?: string;
    roles?: Role[];
  }
}

// URLs carry record ids and page names only: never an ID number, a name or a token.
const staffPages: RouteRecordRaw[] = WORKSPACES.flatMap((w) =>
  w.pages.map((p) => ({
    path: p.path,
    component: p.component,
    meta: {
      title: p.title,
      workspace: w.key,
      roles: w.roles.filter((r) => pageAllowed(w, p, r)),
    },
  })),
);

const routes: RouteRecordRaw[] = [
  { path: '/signin', component: () => import('./pages/auth/SignInPage.vue'), meta: { public: true, title: '登录' } },
  {
    path: '/signin/callback',
    component: () => import('./pages/auth/CallbackPage.vue'),
    meta: { public: true, title: '正在登录' },
  },
  {
    path: '/signed-out',
    component: () => import('./pages/auth/SessionEndedPage.vue'),
    meta: { public: true, title: '登录已结束' },
  },
  {
    path: '/public',
    component: () => import('./layout/PublicLayout.vue'),
    meta: { public: true },
    children: [
      { path: '', redirect: '/public/check' },
      {
        path: 'check',
        component: () => import('./pages/public/CheckPage.vue'),
        meta: { public: true, title: '核验回执、承诺记录和社区证明' },
      },
      {
        path: 'lists',
        component: () => import('./pages/public/ListsPage.vue'),
        meta: { public: true, title: '社区工作清单' },
      },
    ],
  },
  {
    path: '/',
    component: () => import('./layout/StaffLayout.vue'),
    children: [
      { path: '', component: () => import('./pages/HomeRedirect.vue'), meta: { title: '工作台' } },
      ...staffPages,
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { public: true, title: '页面不存在' },
  },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});

router.beforeEach((to) => {
  if (to.meta.public) return true;
  if (!session.token || !session.activeRole) {
    if (session.ended) return { path: '/signed-out' };
    // a phone sign link keeps its one-time token (in the hash, never sent to a server) through sign-in
    return { path: '/signin', query: to.path === '/' ? {} : { to: to.path }, hash: to.hash };
  }
  const roles = to.meta.roles;
  if (roles && !roles.includes(session.activeRole)) return { path: homeFor(session.activeRole) };
  return true;
});

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} · 环县证明核验工作台` : '环县证明核验工作台';
});

whenSessionEnds(() => {
  void router.push('/signed-out');
});
