using Pipeline.Cli;

return await PipelineApp.RunAsync(args);
