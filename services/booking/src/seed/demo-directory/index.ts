export { demoDirectory, demoDirectoryInput } from "./demo-directory";
