package org.hospitalatlas;

import java.util.Arrays;
import org.hospitalatlas.bulk.BulkImportCommand;
import org.hospitalatlas.document.ExtractCommand;
import org.hospitalatlas.synthetic.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HospitalAtlasApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("extract")) {
            // the CLI extractor: no Spring context, no database, no web server
            System.exit(ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            // the synthetic data set: no Spring context, no database
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("import")) {
            // bulk loading from files: a Spring context without the web server, on the configured database
            System.exit(
                    BulkImportCommand.run(HospitalAtlasApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(HospitalAtlasApplication.class, args);
    }
}
