import { councilReportDownload } from "@/lib/council-report/download";
import { logged } from "@/lib/log/route";

// The council report for a period as a download: ?obdobi=2025|cele&format=pdf|xlsx (session checked inside).
export const GET = logged("report.council", (request: Request) => councilReportDownload(request));
