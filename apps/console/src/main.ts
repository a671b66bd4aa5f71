import { createApp } from 'vue';
import { vLoading } from 'element-plus';
import 'element-plus/dist/index.css';
import './styles/main.css';
import './styles/print.css';
import App from './App.vue';
import { restoreSession, watchExpiry } from './auth/session';
import { router } from './router';

restoreSession();
watchExpiry(() => {
  void router.push('/signed-out');
});

createApp(App).use(router).directive('loading', vLoading).mount('#app');
