using System;
using System.Text;
using Corpus.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return new CorpusCommand(Console.Out, Console.Error).Run(args);
