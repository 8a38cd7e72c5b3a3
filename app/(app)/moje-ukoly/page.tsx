import { TaskList } from "@/components/tasks/task-list";
import { requirePage } from "@/lib/auth/guard";
import { reminderSetting, tasksFor } from "@/lib/tasks/queries";

export default async function MyTasksPage() {
  const user = await requirePage("overview.view");
  const now = new Date();
  const [tasks, reminders] = await Promise.all([tasksFor(user, now), reminderSetting(user.id)]);
  return <TaskList tasks={tasks} now={now} reminders={reminders} />;
}
