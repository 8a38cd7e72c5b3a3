import { ReviewQueue } from "@/components/review-queue/review-queue";
import { requirePage } from "@/lib/auth/guard";
import { reviewQueue } from "@/lib/review-queue/queries";

export default async function ReviewQueuePage() {
  await requirePage("event.review");
  return <ReviewQueue {...await reviewQueue()} />;
}
