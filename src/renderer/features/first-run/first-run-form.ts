import type { ProvisioningRunParams } from '../../../shared/contract';
import { isAccessKeyLink } from '../provisioning';

export interface FirstRunValues {
  url: string;
  userName: string;
  password: string;
  rememberMe: boolean;
  provisionOnStartup: boolean;
}

export const initialFirstRunValues: FirstRunValues = {
  url: '',
  userName: '',
  password: '',
  rememberMe: true,
  provisionOnStartup: true,
};

export type FirstRunField = 'url' | 'userName' | 'password';
export type FirstRunProblem = 'urlMissing' | 'userMissing' | 'passwordMissing';

/** What must be filled in before asking main; an access-key link needs no credentials. */
export function firstRunProblems(values: FirstRunValues): Map<FirstRunField, FirstRunProblem> {
  const problems = new Map<FirstRunField, FirstRunProblem>();
  const url = values.url.trim();
  if (url === '') problems.set('url', 'urlMissing');
  if (isAccessKeyLink(url)) return problems;
  if (values.userName.trim() === '') problems.set('userName', 'userMissing');
  if (values.password === '') problems.set('password', 'passwordMissing');
  return problems;
}

/** The request for main; empty credentials are left out (an access-key link does without them). */
export function firstRunParams(values: FirstRunValues): ProvisioningRunParams {
  const userName = values.userName.trim();
  return {
    url: values.url.trim(),
    ...(userName === '' ? {} : { userName }),
    ...(values.password === '' ? {} : { password: values.password }),
    rememberMe: values.rememberMe,
    provisionOnStartup: values.provisionOnStartup,
  };
}
