// Keys live in sessionStorage only: they end with the tab and never reach localStorage, cookies or the URL.
const READER = 'repl.readerKey';
const OPERATOR = 'repl.operatorKey';
const FUNCTION = 'repl.functionKey';

export const session = {
  readerKey: () => sessionStorage.getItem(READER),
  operatorKey: () => sessionStorage.getItem(OPERATOR),
  functionKey: () => sessionStorage.getItem(FUNCTION),
  signIn(readerKey, functionKey) {
    sessionStorage.setItem(READER, readerKey);
    if (functionKey) sessionStorage.setItem(FUNCTION, functionKey);
  },
  keepOperatorKey: (key) => sessionStorage.setItem(OPERATOR, key),
  signOut() {
    for (const name of [READER, OPERATOR, FUNCTION]) sessionStorage.removeItem(name);
  },
};

// The demo prints a URL carrying its one-time reader key in the fragment, which browsers never send to a server;
// it is taken once and wiped from the address bar and history.
export function takeKeyFromFragment() {
  const match = /^#key=([^&]+)/.exec(location.hash);
  if (!match) return false;
  session.signIn(decodeURIComponent(match[1]));
  history.replaceState(null, '', location.pathname + location.search + '#/fleet');
  return true;
}
