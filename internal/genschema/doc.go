// Command genschema writes the JSON Schema of every document kind of one package to its
// schemas directory. `go generate ./...` runs it in each package that has schemas:
//
//	go run ../internal/genschema pfdo
//	go run ../internal/genschema norms
//	go run ../internal/genschema schedule
//	go run ../internal/genschema certificate
package main
