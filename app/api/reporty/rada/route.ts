import { councilReportDownload } from "@/lib/council-report/download";

// The council report for a period as a download: ?obdobi=2025|cele&format=pdf|xlsx (session checked inside).
export function GET(request: Request) {
  return councilReportDownload(request);
}
