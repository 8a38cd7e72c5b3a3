import { TaskList } from "@/components/tasks/task-list";
import { UpcomingList } from "@/components/my-organisation/upcoming-list";
import { requirePage } from "@/lib/auth/guard";
import { reminderSetting, tasksFor } from "@/lib/tasks/queries";
import { pragueToday } from "@/lib/tasks/time";
import { upcomingFor } from "@/lib/tasks/upcoming";
import { now as clockNow } from "@/lib/clock";

export default async function MyTasksPage() {
  const user = await requirePage("signedIn");
  const now = clockNow();
  const today = pragueToday(now);
  const [tasks, reminders, upcoming] = await Promise.all([
    tasksFor(user, now),
    reminderSetting(user.id),
    upcomingFor(user, today),
  ]);
  return (
    <TaskList
      tasks={tasks}
      now={now}
      reminders={reminders}
      upcoming={<UpcomingList items={upcoming} today={today} />}
    />
  );
}
