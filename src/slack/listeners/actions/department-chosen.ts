import { z } from 'zod';
import { setDepartment } from '../../../interview/index.ts';
import { DEPARTMENTS } from '../../../journey/model.ts';
import type { Deps } from '../../deps.ts';
import { runInterviewStep } from '../../flows/interview.ts';
import { interviewButton } from './interview-button.ts';

export function departmentChosen(deps: Deps) {
  return interviewButton(deps, 'interview_department', async ({ map, userId, picked }, client) => {
    const department = z.enum(DEPARTMENTS).safeParse(picked);
    if (!department.success) return;
    await runInterviewStep(deps, client, map, userId, (session, ctx) => setDepartment(session, department.data, ctx));
  });
}
