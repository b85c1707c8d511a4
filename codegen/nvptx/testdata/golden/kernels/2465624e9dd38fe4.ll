define ptx_kernel void @$K(i32* %perm, i32* %scr, i32 %M, i32 %N) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = add i32 %M, 255
	%6 = sdiv i32 %5, 256
	%7 = mul i32 %1, 256
	%8 = icmp slt i32 %7, %N
	%9 = select i1 %8, i32 %7, i32 %N
	%10 = mul i32 %2, %6
	%11 = add i32 %10, %1
	%12 = sext i32 %11 to i64
	%13 = sext i32 %N to i64
	%14 = mul i64 %12, %13
	%15 = getelementptr i32, i32* %perm, i64 %14
	%16 = add i32 %9, %0
	br label %17

17:
	%18 = phi i32 [ %16, %entry ], [ %23, %20 ]
	%19 = icmp slt i32 %18, %N
	br i1 %19, label %20, label %24

20:
	%21 = sext i32 %18 to i64
	%22 = getelementptr i32, i32* %15, i64 %21
	store i32 %18, i32* %22
	%23 = add i32 %18, 256
	br label %17

24:
	%25 = icmp sgt i32 %9, 0
	br i1 %25, label %rank, label %done

rank:
	%26 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()
	%27 = sext i32 %6 to i64
	%28 = mul i64 256, %27
	%29 = sext i32 %6 to i64
	%30 = sub i64 %29, 1
	%31 = mul i64 %28, %30
	%32 = sdiv i64 %31, 2
	%33 = sext i32 %2 to i64
	%34 = mul i64 %33, %32
	%35 = sext i32 %1 to i64
	%36 = mul i64 256, %35
	%37 = sext i32 %1 to i64
	%38 = sub i64 %37, 1
	%39 = mul i64 %36, %38
	%40 = sdiv i64 %39, 2
	%41 = add i64 %34, %40
	%42 = sext i32 %26 to i64
	%43 = mul i64 %42, %32
	%44 = getelementptr i32, i32* %scr, i64 %41
	%45 = and i64 %43, 1
	%46 = add i64 %43, %45
	%47 = mul i64 %41, 2
	%48 = add i64 %46, %47
	%49 = getelementptr i32, i32* %scr, i64 %48
	%50 = getelementptr i32, i32* %49, i64 1
	%51 = bitcast i32* %49 to i64*
	%52 = icmp ult i32 %0, 4
	br i1 %52, label %93, label %97

done:
	ret void

radix:
	%53 = add i32 %0, 0
	%54 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %53
	store i32 0, i32 addrspace(3)* %54
	%55 = add i32 %0, 256
	%56 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %55
	store i32 0, i32 addrspace(3)* %56
	%57 = add i32 %0, 512
	%58 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %57
	store i32 0, i32 addrspace(3)* %58
	%59 = add i32 %0, 768
	%60 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %59
	store i32 0, i32 addrspace(3)* %60
	%61 = add i32 %0, 0
	%62 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %61
	store i32 0, i32 addrspace(3)* %62
	%63 = add i32 %0, 256
	%64 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %63
	store i32 0, i32 addrspace(3)* %64
	%65 = add i32 %0, 512
	%66 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %65
	store i32 0, i32 addrspace(3)* %66
	%67 = add i32 %0, 768
	%68 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %67
	store i32 0, i32 addrspace(3)* %68
	%69 = add i32 %0, 1024
	%70 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %69
	store i32 0, i32 addrspace(3)* %70
	%71 = add i32 %0, 1280
	%72 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %71
	store i32 0, i32 addrspace(3)* %72
	%73 = add i32 %0, 1536
	%74 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %73
	store i32 0, i32 addrspace(3)* %74
	%75 = add i32 %0, 1792
	%76 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %75
	store i32 0, i32 addrspace(3)* %76
	%77 = add i32 %0, 2048
	%78 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %77
	store i32 0, i32 addrspace(3)* %78
	%79 = add i32 %0, 2304
	%80 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %79
	store i32 0, i32 addrspace(3)* %80
	%81 = add i32 %0, 2560
	%82 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %81
	store i32 0, i32 addrspace(3)* %82
	%83 = add i32 %0, 2816
	%84 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %83
	store i32 0, i32 addrspace(3)* %84
	%85 = add i32 %0, 3072
	%86 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %85
	store i32 0, i32 addrspace(3)* %86
	%87 = add i32 %0, 3328
	%88 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %87
	store i32 0, i32 addrspace(3)* %88
	%89 = add i32 %0, 3584
	%90 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %89
	store i32 0, i32 addrspace(3)* %90
	%91 = add i32 %0, 3840
	%92 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %91
	store i32 0, i32 addrspace(3)* %92
	call void @llvm.nvvm.barrier0()
	br label %1307

93:
	%94 = icmp eq i32 %0, 2
	%95 = select i1 %94, i32 -1, i32 0
	%96 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_flag, i32 0, i32 %0
	store i32 %95, i32 addrspace(3)* %96
	br label %97

97:
	call void @llvm.nvvm.barrier0()
	br label %98

98:
	%99 = phi i32 [ %0, %97 ], [ %307, %105 ]
	%100 = phi i32 [ -1, %97 ], [ %300, %105 ]
	%101 = phi i32 [ 0, %97 ], [ %303, %105 ]
	%102 = phi i1 [ false, %97 ], [ %304, %105 ]
	%103 = phi i1 [ false, %97 ], [ %306, %105 ]
	%104 = icmp slt i32 %99, %9
	br i1 %104, label %105, label %308

105:
	%106 = sub i32 %9, 1
	%107 = add i32 %99, 0
	%108 = icmp slt i32 %107, %9
	%109 = icmp slt i32 %107, %106
	%110 = select i1 %109, i32 %107, i32 %106
	%111 = add i32 %99, 256
	%112 = icmp slt i32 %111, %9
	%113 = icmp slt i32 %111, %106
	%114 = select i1 %113, i32 %111, i32 %106
	%115 = add i32 %99, 512
	%116 = icmp slt i32 %115, %9
	%117 = icmp slt i32 %115, %106
	%118 = select i1 %117, i32 %115, i32 %106
	%119 = add i32 %99, 768
	%120 = icmp slt i32 %119, %9
	%121 = icmp slt i32 %119, %106
	%122 = select i1 %121, i32 %119, i32 %106
	%123 = add i32 %99, 1024
	%124 = icmp slt i32 %123, %9
	%125 = icmp slt i32 %123, %106
	%126 = select i1 %125, i32 %123, i32 %106
	%127 = add i32 %99, 1280
	%128 = icmp slt i32 %127, %9
	%129 = icmp slt i32 %127, %106
	%130 = select i1 %129, i32 %127, i32 %106
	%131 = add i32 %99, 1536
	%132 = icmp slt i32 %131, %9
	%133 = icmp slt i32 %131, %106
	%134 = select i1 %133, i32 %131, i32 %106
	%135 = add i32 %99, 1792
	%136 = icmp slt i32 %135, %9
	%137 = icmp slt i32 %135, %106
	%138 = select i1 %137, i32 %135, i32 %106
	%139 = sext i32 %110 to i64
	%140 = getelementptr i32, i32* %44, i64 %139
	%141 = load i32, i32* %140
	%142 = bitcast i32 %141 to float
	%143 = sext i32 %114 to i64
	%144 = getelementptr i32, i32* %44, i64 %143
	%145 = load i32, i32* %144
	%146 = bitcast i32 %145 to float
	%147 = sext i32 %118 to i64
	%148 = getelementptr i32, i32* %44, i64 %147
	%149 = load i32, i32* %148
	%150 = bitcast i32 %149 to float
	%151 = sext i32 %122 to i64
	%152 = getelementptr i32, i32* %44, i64 %151
	%153 = load i32, i32* %152
	%154 = bitcast i32 %153 to float
	%155 = sext i32 %126 to i64
	%156 = getelementptr i32, i32* %44, i64 %155
	%157 = load i32, i32* %156
	%158 = bitcast i32 %157 to float
	%159 = sext i32 %130 to i64
	%160 = getelementptr i32, i32* %44, i64 %159
	%161 = load i32, i32* %160
	%162 = bitcast i32 %161 to float
	%163 = sext i32 %134 to i64
	%164 = getelementptr i32, i32* %44, i64 %163
	%165 = load i32, i32* %164
	%166 = bitcast i32 %165 to float
	%167 = sext i32 %138 to i64
	%168 = getelementptr i32, i32* %44, i64 %167
	%169 = load i32, i32* %168
	%170 = bitcast i32 %169 to float
	%171 = fcmp uno float %142, %142
	%172 = fcmp oeq float %142, 0x7FF0000000000000
	%173 = or i1 %171, %172
	%174 = fcmp one float %142, 0xFFF0000000000000
	%175 = bitcast float %142 to i32
	%176 = icmp slt i32 %175, 0
	%177 = select i1 %176, i32 -1, i32 -2147483648
	%178 = xor i32 %175, %177
	%179 = xor i32 %178, -1
	%180 = icmp ult i32 %100, %179
	%181 = select i1 %180, i32 %100, i32 %179
	%182 = icmp ugt i32 %101, %179
	%183 = select i1 %182, i32 %101, i32 %179
	%184 = select i1 %174, i32 %183, i32 %101
	%185 = or i1 %102, %173
	%186 = and i1 %108, %174
	%187 = or i1 %103, %186
	%188 = fcmp uno float %146, %146
	%189 = fcmp oeq float %146, 0x7FF0000000000000
	%190 = or i1 %188, %189
	%191 = fcmp one float %146, 0xFFF0000000000000
	%192 = bitcast float %146 to i32
	%193 = icmp slt i32 %192, 0
	%194 = select i1 %193, i32 -1, i32 -2147483648
	%195 = xor i32 %192, %194
	%196 = xor i32 %195, -1
	%197 = icmp ult i32 %181, %196
	%198 = select i1 %197, i32 %181, i32 %196
	%199 = icmp ugt i32 %184, %196
	%200 = select i1 %199, i32 %184, i32 %196
	%201 = select i1 %191, i32 %200, i32 %184
	%202 = or i1 %185, %190
	%203 = and i1 %112, %191
	%204 = or i1 %187, %203
	%205 = fcmp uno float %150, %150
	%206 = fcmp oeq float %150, 0x7FF0000000000000
	%207 = or i1 %205, %206
	%208 = fcmp one float %150, 0xFFF0000000000000
	%209 = bitcast float %150 to i32
	%210 = icmp slt i32 %209, 0
	%211 = select i1 %210, i32 -1, i32 -2147483648
	%212 = xor i32 %209, %211
	%213 = xor i32 %212, -1
	%214 = icmp ult i32 %198, %213
	%215 = select i1 %214, i32 %198, i32 %213
	%216 = icmp ugt i32 %201, %213
	%217 = select i1 %216, i32 %201, i32 %213
	%218 = select i1 %208, i32 %217, i32 %201
	%219 = or i1 %202, %207
	%220 = and i1 %116, %208
	%221 = or i1 %204, %220
	%222 = fcmp uno float %154, %154
	%223 = fcmp oeq float %154, 0x7FF0000000000000
	%224 = or i1 %222, %223
	%225 = fcmp one float %154, 0xFFF0000000000000
	%226 = bitcast float %154 to i32
	%227 = icmp slt i32 %226, 0
	%228 = select i1 %227, i32 -1, i32 -2147483648
	%229 = xor i32 %226, %228
	%230 = xor i32 %229, -1
	%231 = icmp ult i32 %215, %230
	%232 = select i1 %231, i32 %215, i32 %230
	%233 = icmp ugt i32 %218, %230
	%234 = select i1 %233, i32 %218, i32 %230
	%235 = select i1 %225, i32 %234, i32 %218
	%236 = or i1 %219, %224
	%237 = and i1 %120, %225
	%238 = or i1 %221, %237
	%239 = fcmp uno float %158, %158
	%240 = fcmp oeq float %158, 0x7FF0000000000000
	%241 = or i1 %239, %240
	%242 = fcmp one float %158, 0xFFF0000000000000
	%243 = bitcast float %158 to i32
	%244 = icmp slt i32 %243, 0
	%245 = select i1 %244, i32 -1, i32 -2147483648
	%246 = xor i32 %243, %245
	%247 = xor i32 %246, -1
	%248 = icmp ult i32 %232, %247
	%249 = select i1 %248, i32 %232, i32 %247
	%250 = icmp ugt i32 %235, %247
	%251 = select i1 %250, i32 %235, i32 %247
	%252 = select i1 %242, i32 %251, i32 %235
	%253 = or i1 %236, %241
	%254 = and i1 %124, %242
	%255 = or i1 %238, %254
	%256 = fcmp uno float %162, %162
	%257 = fcmp oeq float %162, 0x7FF0000000000000
	%258 = or i1 %256, %257
	%259 = fcmp one float %162, 0xFFF0000000000000
	%260 = bitcast float %162 to i32
	%261 = icmp slt i32 %260, 0
	%262 = select i1 %261, i32 -1, i32 -2147483648
	%263 = xor i32 %260, %262
	%264 = xor i32 %263, -1
	%265 = icmp ult i32 %249, %264
	%266 = select i1 %265, i32 %249, i32 %264
	%267 = icmp ugt i32 %252, %264
	%268 = select i1 %267, i32 %252, i32 %264
	%269 = select i1 %259, i32 %268, i32 %252
	%270 = or i1 %253, %258
	%271 = and i1 %128, %259
	%272 = or i1 %255, %271
	%273 = fcmp uno float %166, %166
	%274 = fcmp oeq float %166, 0x7FF0000000000000
	%275 = or i1 %273, %274
	%276 = fcmp one float %166, 0xFFF0000000000000
	%277 = bitcast float %166 to i32
	%278 = icmp slt i32 %277, 0
	%279 = select i1 %278, i32 -1, i32 -2147483648
	%280 = xor i32 %277, %279
	%281 = xor i32 %280, -1
	%282 = icmp ult i32 %266, %281
	%283 = select i1 %282, i32 %266, i32 %281
	%284 = icmp ugt i32 %269, %281
	%285 = select i1 %284, i32 %269, i32 %281
	%286 = select i1 %276, i32 %285, i32 %269
	%287 = or i1 %270, %275
	%288 = and i1 %132, %276
	%289 = or i1 %272, %288
	%290 = fcmp uno float %170, %170
	%291 = fcmp oeq float %170, 0x7FF0000000000000
	%292 = or i1 %290, %291
	%293 = fcmp one float %170, 0xFFF0000000000000
	%294 = bitcast float %170 to i32
	%295 = icmp slt i32 %294, 0
	%296 = select i1 %295, i32 -1, i32 -2147483648
	%297 = xor i32 %294, %296
	%298 = xor i32 %297, -1
	%299 = icmp ult i32 %283, %298
	%300 = select i1 %299, i32 %283, i32 %298
	%301 = icmp ugt i32 %286, %298
	%302 = select i1 %301, i32 %286, i32 %298
	%303 = select i1 %293, i32 %302, i32 %286
	%304 = or i1 %287, %292
	%305 = and i1 %136, %293
	%306 = or i1 %289, %305
	%307 = add i32 %99, 2048
	br label %98

308:
	br i1 %102, label %309, label %311

309:
	%310 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %310
	br label %311

311:
	br i1 %103, label %312, label %314

312:
	%313 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %313
	br label %314

314:
	%315 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_flag, i32 0, i32 2
	%316 = atomicrmw umin i32 addrspace(3)* %315, i32 %100 monotonic
	%317 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_flag, i32 0, i32 3
	%318 = atomicrmw umax i32 addrspace(3)* %317, i32 %101 monotonic
	call void @llvm.nvvm.barrier0()
	%319 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_flag, i32 0, i32 0
	%320 = load i32, i32 addrspace(3)* %319
	%321 = icmp ne i32 %320, 0
	%322 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_flag, i32 0, i32 1
	%323 = load i32, i32 addrspace(3)* %322
	%324 = icmp eq i32 %323, 0
	%325 = or i1 %321, %324
	br i1 %325, label %ident, label %sorts

sorts:
	%326 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_flag, i32 0, i32 2
	%327 = load i32, i32 addrspace(3)* %326
	%328 = xor i32 %327, -1
	%329 = icmp slt i32 %328, 0
	%330 = xor i32 %328, -2147483648
	%331 = select i1 %329, i32 %330, i32 %327
	%332 = bitcast i32 %331 to float
	%333 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_flag, i32 0, i32 3
	%334 = load i32, i32 addrspace(3)* %333
	%335 = xor i32 %334, -1
	%336 = icmp slt i32 %335, 0
	%337 = xor i32 %335, -2147483648
	%338 = select i1 %336, i32 %337, i32 %334
	%339 = bitcast i32 %338 to float
	%340 = fsub float %332, %339
	%341 = fcmp olt float %340, 0x7FF0000000000000
	br i1 %341, label %buckets, label %radix

ident:
	br label %342

342:
	%343 = phi i32 [ %0, %ident ], [ %348, %345 ]
	%344 = icmp slt i32 %343, %9
	br i1 %344, label %345, label %349

345:
	%346 = sext i32 %343 to i64
	%347 = getelementptr i32, i32* %15, i64 %346
	store i32 %343, i32* %347
	%348 = add i32 %343, 256
	br label %342

349:
	ret void

buckets:
	%350 = fdiv float 8192.0, %340
	%351 = fcmp olt float %350, 0x47EFFFFFE0000000
	%352 = select i1 %351, float %350, float 0x47EFFFFFE0000000
	%353 = add i32 %0, 0
	%354 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %353
	store i32 0, i32 addrspace(3)* %354
	%355 = add i32 %0, 256
	%356 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %355
	store i32 0, i32 addrspace(3)* %356
	%357 = add i32 %0, 512
	%358 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %357
	store i32 0, i32 addrspace(3)* %358
	%359 = add i32 %0, 768
	%360 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %359
	store i32 0, i32 addrspace(3)* %360
	%361 = add i32 %0, 1024
	%362 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %361
	store i32 0, i32 addrspace(3)* %362
	%363 = add i32 %0, 1280
	%364 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %363
	store i32 0, i32 addrspace(3)* %364
	%365 = add i32 %0, 1536
	%366 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %365
	store i32 0, i32 addrspace(3)* %366
	%367 = add i32 %0, 1792
	%368 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %367
	store i32 0, i32 addrspace(3)* %368
	%369 = add i32 %0, 2048
	%370 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %369
	store i32 0, i32 addrspace(3)* %370
	%371 = add i32 %0, 2304
	%372 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %371
	store i32 0, i32 addrspace(3)* %372
	%373 = add i32 %0, 2560
	%374 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %373
	store i32 0, i32 addrspace(3)* %374
	%375 = add i32 %0, 2816
	%376 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %375
	store i32 0, i32 addrspace(3)* %376
	%377 = add i32 %0, 3072
	%378 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %377
	store i32 0, i32 addrspace(3)* %378
	%379 = add i32 %0, 3328
	%380 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %379
	store i32 0, i32 addrspace(3)* %380
	%381 = add i32 %0, 3584
	%382 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %381
	store i32 0, i32 addrspace(3)* %382
	%383 = add i32 %0, 3840
	%384 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %383
	store i32 0, i32 addrspace(3)* %384
	%385 = add i32 %0, u0x1000
	%386 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %385
	store i32 0, i32 addrspace(3)* %386
	%387 = add i32 %0, u0x1100
	%388 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %387
	store i32 0, i32 addrspace(3)* %388
	%389 = add i32 %0, 4608
	%390 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %389
	store i32 0, i32 addrspace(3)* %390
	%391 = add i32 %0, 4864
	%392 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %391
	store i32 0, i32 addrspace(3)* %392
	%393 = add i32 %0, 5120
	%394 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %393
	store i32 0, i32 addrspace(3)* %394
	%395 = add i32 %0, 5376
	%396 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %395
	store i32 0, i32 addrspace(3)* %396
	%397 = add i32 %0, 5632
	%398 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %397
	store i32 0, i32 addrspace(3)* %398
	%399 = add i32 %0, 5888
	%400 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %399
	store i32 0, i32 addrspace(3)* %400
	%401 = add i32 %0, 6144
	%402 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %401
	store i32 0, i32 addrspace(3)* %402
	%403 = add i32 %0, 6400
	%404 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %403
	store i32 0, i32 addrspace(3)* %404
	%405 = add i32 %0, 6656
	%406 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %405
	store i32 0, i32 addrspace(3)* %406
	%407 = add i32 %0, 6912
	%408 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %407
	store i32 0, i32 addrspace(3)* %408
	%409 = add i32 %0, 7168
	%410 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %409
	store i32 0, i32 addrspace(3)* %410
	%411 = add i32 %0, 7424
	%412 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %411
	store i32 0, i32 addrspace(3)* %412
	%413 = add i32 %0, 7680
	%414 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %413
	store i32 0, i32 addrspace(3)* %414
	%415 = add i32 %0, 7936
	%416 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %415
	store i32 0, i32 addrspace(3)* %416
	call void @llvm.nvvm.barrier0()
	br label %417

417:
	%418 = phi i32 [ %0, %buckets ], [ %550, %420 ]
	%419 = icmp slt i32 %418, %9
	br i1 %419, label %420, label %551

420:
	%421 = sub i32 %9, 1
	%422 = add i32 %418, 0
	%423 = icmp slt i32 %422, %9
	%424 = icmp slt i32 %422, %421
	%425 = select i1 %424, i32 %422, i32 %421
	%426 = add i32 %418, 256
	%427 = icmp slt i32 %426, %9
	%428 = icmp slt i32 %426, %421
	%429 = select i1 %428, i32 %426, i32 %421
	%430 = add i32 %418, 512
	%431 = icmp slt i32 %430, %9
	%432 = icmp slt i32 %430, %421
	%433 = select i1 %432, i32 %430, i32 %421
	%434 = add i32 %418, 768
	%435 = icmp slt i32 %434, %9
	%436 = icmp slt i32 %434, %421
	%437 = select i1 %436, i32 %434, i32 %421
	%438 = add i32 %418, 1024
	%439 = icmp slt i32 %438, %9
	%440 = icmp slt i32 %438, %421
	%441 = select i1 %440, i32 %438, i32 %421
	%442 = add i32 %418, 1280
	%443 = icmp slt i32 %442, %9
	%444 = icmp slt i32 %442, %421
	%445 = select i1 %444, i32 %442, i32 %421
	%446 = add i32 %418, 1536
	%447 = icmp slt i32 %446, %9
	%448 = icmp slt i32 %446, %421
	%449 = select i1 %448, i32 %446, i32 %421
	%450 = add i32 %418, 1792
	%451 = icmp slt i32 %450, %9
	%452 = icmp slt i32 %450, %421
	%453 = select i1 %452, i32 %450, i32 %421
	%454 = sext i32 %425 to i64
	%455 = getelementptr i32, i32* %44, i64 %454
	%456 = load i32, i32* %455
	%457 = bitcast i32 %456 to float
	%458 = sext i32 %429 to i64
	%459 = getelementptr i32, i32* %44, i64 %458
	%460 = load i32, i32* %459
	%461 = bitcast i32 %460 to float
	%462 = sext i32 %433 to i64
	%463 = getelementptr i32, i32* %44, i64 %462
	%464 = load i32, i32* %463
	%465 = bitcast i32 %464 to float
	%466 = sext i32 %437 to i64
	%467 = getelementptr i32, i32* %44, i64 %466
	%468 = load i32, i32* %467
	%469 = bitcast i32 %468 to float
	%470 = sext i32 %441 to i64
	%471 = getelementptr i32, i32* %44, i64 %470
	%472 = load i32, i32* %471
	%473 = bitcast i32 %472 to float
	%474 = sext i32 %445 to i64
	%475 = getelementptr i32, i32* %44, i64 %474
	%476 = load i32, i32* %475
	%477 = bitcast i32 %476 to float
	%478 = sext i32 %449 to i64
	%479 = getelementptr i32, i32* %44, i64 %478
	%480 = load i32, i32* %479
	%481 = bitcast i32 %480 to float
	%482 = sext i32 %453 to i64
	%483 = getelementptr i32, i32* %44, i64 %482
	%484 = load i32, i32* %483
	%485 = bitcast i32 %484 to float
	%486 = fsub float %332, %457
	%487 = fmul float %486, %352
	%488 = fcmp olt float %487, 8191.0
	%489 = select i1 %488, float %487, float 8191.0
	%490 = fptoui float %489 to i32
	%491 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %490
	%492 = zext i1 %423 to i32
	%493 = atomicrmw add i32 addrspace(3)* %491, i32 %492 monotonic
	%494 = fsub float %332, %461
	%495 = fmul float %494, %352
	%496 = fcmp olt float %495, 8191.0
	%497 = select i1 %496, float %495, float 8191.0
	%498 = fptoui float %497 to i32
	%499 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %498
	%500 = zext i1 %427 to i32
	%501 = atomicrmw add i32 addrspace(3)* %499, i32 %500 monotonic
	%502 = fsub float %332, %465
	%503 = fmul float %502, %352
	%504 = fcmp olt float %503, 8191.0
	%505 = select i1 %504, float %503, float 8191.0
	%506 = fptoui float %505 to i32
	%507 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %506
	%508 = zext i1 %431 to i32
	%509 = atomicrmw add i32 addrspace(3)* %507, i32 %508 monotonic
	%510 = fsub float %332, %469
	%511 = fmul float %510, %352
	%512 = fcmp olt float %511, 8191.0
	%513 = select i1 %512, float %511, float 8191.0
	%514 = fptoui float %513 to i32
	%515 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %514
	%516 = zext i1 %435 to i32
	%517 = atomicrmw add i32 addrspace(3)* %515, i32 %516 monotonic
	%518 = fsub float %332, %473
	%519 = fmul float %518, %352
	%520 = fcmp olt float %519, 8191.0
	%521 = select i1 %520, float %519, float 8191.0
	%522 = fptoui float %521 to i32
	%523 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %522
	%524 = zext i1 %439 to i32
	%525 = atomicrmw add i32 addrspace(3)* %523, i32 %524 monotonic
	%526 = fsub float %332, %477
	%527 = fmul float %526, %352
	%528 = fcmp olt float %527, 8191.0
	%529 = select i1 %528, float %527, float 8191.0
	%530 = fptoui float %529 to i32
	%531 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %530
	%532 = zext i1 %443 to i32
	%533 = atomicrmw add i32 addrspace(3)* %531, i32 %532 monotonic
	%534 = fsub float %332, %481
	%535 = fmul float %534, %352
	%536 = fcmp olt float %535, 8191.0
	%537 = select i1 %536, float %535, float 8191.0
	%538 = fptoui float %537 to i32
	%539 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %538
	%540 = zext i1 %447 to i32
	%541 = atomicrmw add i32 addrspace(3)* %539, i32 %540 monotonic
	%542 = fsub float %332, %485
	%543 = fmul float %542, %352
	%544 = fcmp olt float %543, 8191.0
	%545 = select i1 %544, float %543, float 8191.0
	%546 = fptoui float %545 to i32
	%547 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %546
	%548 = zext i1 %451 to i32
	%549 = atomicrmw add i32 addrspace(3)* %547, i32 %548 monotonic
	%550 = add i32 %418, 2048
	br label %417

551:
	call void @llvm.nvvm.barrier0()
	%552 = mul i32 %0, 32
	%553 = add i32 %552, 0
	%554 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %553
	%555 = load i32, i32 addrspace(3)* %554
	%556 = add i32 0, %555
	%557 = sitofp i32 %555 to float
	%558 = fmul float %557, %557
	%559 = fadd float 0.0, %558
	%560 = add i32 %552, 1
	%561 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %560
	%562 = load i32, i32 addrspace(3)* %561
	%563 = add i32 %556, %562
	%564 = sitofp i32 %562 to float
	%565 = fmul float %564, %564
	%566 = fadd float %559, %565
	%567 = add i32 %552, 2
	%568 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %567
	%569 = load i32, i32 addrspace(3)* %568
	%570 = add i32 %563, %569
	%571 = sitofp i32 %569 to float
	%572 = fmul float %571, %571
	%573 = fadd float %566, %572
	%574 = add i32 %552, 3
	%575 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %574
	%576 = load i32, i32 addrspace(3)* %575
	%577 = add i32 %570, %576
	%578 = sitofp i32 %576 to float
	%579 = fmul float %578, %578
	%580 = fadd float %573, %579
	%581 = add i32 %552, 4
	%582 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %581
	%583 = load i32, i32 addrspace(3)* %582
	%584 = add i32 %577, %583
	%585 = sitofp i32 %583 to float
	%586 = fmul float %585, %585
	%587 = fadd float %580, %586
	%588 = add i32 %552, 5
	%589 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %588
	%590 = load i32, i32 addrspace(3)* %589
	%591 = add i32 %584, %590
	%592 = sitofp i32 %590 to float
	%593 = fmul float %592, %592
	%594 = fadd float %587, %593
	%595 = add i32 %552, 6
	%596 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %595
	%597 = load i32, i32 addrspace(3)* %596
	%598 = add i32 %591, %597
	%599 = sitofp i32 %597 to float
	%600 = fmul float %599, %599
	%601 = fadd float %594, %600
	%602 = add i32 %552, 7
	%603 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %602
	%604 = load i32, i32 addrspace(3)* %603
	%605 = add i32 %598, %604
	%606 = sitofp i32 %604 to float
	%607 = fmul float %606, %606
	%608 = fadd float %601, %607
	%609 = add i32 %552, 8
	%610 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %609
	%611 = load i32, i32 addrspace(3)* %610
	%612 = add i32 %605, %611
	%613 = sitofp i32 %611 to float
	%614 = fmul float %613, %613
	%615 = fadd float %608, %614
	%616 = add i32 %552, 9
	%617 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %616
	%618 = load i32, i32 addrspace(3)* %617
	%619 = add i32 %612, %618
	%620 = sitofp i32 %618 to float
	%621 = fmul float %620, %620
	%622 = fadd float %615, %621
	%623 = add i32 %552, 10
	%624 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %623
	%625 = load i32, i32 addrspace(3)* %624
	%626 = add i32 %619, %625
	%627 = sitofp i32 %625 to float
	%628 = fmul float %627, %627
	%629 = fadd float %622, %628
	%630 = add i32 %552, 11
	%631 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %630
	%632 = load i32, i32 addrspace(3)* %631
	%633 = add i32 %626, %632
	%634 = sitofp i32 %632 to float
	%635 = fmul float %634, %634
	%636 = fadd float %629, %635
	%637 = add i32 %552, 12
	%638 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %637
	%639 = load i32, i32 addrspace(3)* %638
	%640 = add i32 %633, %639
	%641 = sitofp i32 %639 to float
	%642 = fmul float %641, %641
	%643 = fadd float %636, %642
	%644 = add i32 %552, 13
	%645 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %644
	%646 = load i32, i32 addrspace(3)* %645
	%647 = add i32 %640, %646
	%648 = sitofp i32 %646 to float
	%649 = fmul float %648, %648
	%650 = fadd float %643, %649
	%651 = add i32 %552, 14
	%652 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %651
	%653 = load i32, i32 addrspace(3)* %652
	%654 = add i32 %647, %653
	%655 = sitofp i32 %653 to float
	%656 = fmul float %655, %655
	%657 = fadd float %650, %656
	%658 = add i32 %552, 15
	%659 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %658
	%660 = load i32, i32 addrspace(3)* %659
	%661 = add i32 %654, %660
	%662 = sitofp i32 %660 to float
	%663 = fmul float %662, %662
	%664 = fadd float %657, %663
	%665 = add i32 %552, 16
	%666 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %665
	%667 = load i32, i32 addrspace(3)* %666
	%668 = add i32 %661, %667
	%669 = sitofp i32 %667 to float
	%670 = fmul float %669, %669
	%671 = fadd float %664, %670
	%672 = add i32 %552, 17
	%673 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %672
	%674 = load i32, i32 addrspace(3)* %673
	%675 = add i32 %668, %674
	%676 = sitofp i32 %674 to float
	%677 = fmul float %676, %676
	%678 = fadd float %671, %677
	%679 = add i32 %552, 18
	%680 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %679
	%681 = load i32, i32 addrspace(3)* %680
	%682 = add i32 %675, %681
	%683 = sitofp i32 %681 to float
	%684 = fmul float %683, %683
	%685 = fadd float %678, %684
	%686 = add i32 %552, 19
	%687 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %686
	%688 = load i32, i32 addrspace(3)* %687
	%689 = add i32 %682, %688
	%690 = sitofp i32 %688 to float
	%691 = fmul float %690, %690
	%692 = fadd float %685, %691
	%693 = add i32 %552, 20
	%694 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %693
	%695 = load i32, i32 addrspace(3)* %694
	%696 = add i32 %689, %695
	%697 = sitofp i32 %695 to float
	%698 = fmul float %697, %697
	%699 = fadd float %692, %698
	%700 = add i32 %552, 21
	%701 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %700
	%702 = load i32, i32 addrspace(3)* %701
	%703 = add i32 %696, %702
	%704 = sitofp i32 %702 to float
	%705 = fmul float %704, %704
	%706 = fadd float %699, %705
	%707 = add i32 %552, 22
	%708 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %707
	%709 = load i32, i32 addrspace(3)* %708
	%710 = add i32 %703, %709
	%711 = sitofp i32 %709 to float
	%712 = fmul float %711, %711
	%713 = fadd float %706, %712
	%714 = add i32 %552, 23
	%715 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %714
	%716 = load i32, i32 addrspace(3)* %715
	%717 = add i32 %710, %716
	%718 = sitofp i32 %716 to float
	%719 = fmul float %718, %718
	%720 = fadd float %713, %719
	%721 = add i32 %552, 24
	%722 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %721
	%723 = load i32, i32 addrspace(3)* %722
	%724 = add i32 %717, %723
	%725 = sitofp i32 %723 to float
	%726 = fmul float %725, %725
	%727 = fadd float %720, %726
	%728 = add i32 %552, 25
	%729 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %728
	%730 = load i32, i32 addrspace(3)* %729
	%731 = add i32 %724, %730
	%732 = sitofp i32 %730 to float
	%733 = fmul float %732, %732
	%734 = fadd float %727, %733
	%735 = add i32 %552, 26
	%736 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %735
	%737 = load i32, i32 addrspace(3)* %736
	%738 = add i32 %731, %737
	%739 = sitofp i32 %737 to float
	%740 = fmul float %739, %739
	%741 = fadd float %734, %740
	%742 = add i32 %552, 27
	%743 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %742
	%744 = load i32, i32 addrspace(3)* %743
	%745 = add i32 %738, %744
	%746 = sitofp i32 %744 to float
	%747 = fmul float %746, %746
	%748 = fadd float %741, %747
	%749 = add i32 %552, 28
	%750 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %749
	%751 = load i32, i32 addrspace(3)* %750
	%752 = add i32 %745, %751
	%753 = sitofp i32 %751 to float
	%754 = fmul float %753, %753
	%755 = fadd float %748, %754
	%756 = add i32 %552, 29
	%757 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %756
	%758 = load i32, i32 addrspace(3)* %757
	%759 = add i32 %752, %758
	%760 = sitofp i32 %758 to float
	%761 = fmul float %760, %760
	%762 = fadd float %755, %761
	%763 = add i32 %552, 30
	%764 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %763
	%765 = load i32, i32 addrspace(3)* %764
	%766 = add i32 %759, %765
	%767 = sitofp i32 %765 to float
	%768 = fmul float %767, %767
	%769 = fadd float %762, %768
	%770 = add i32 %552, 31
	%771 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %770
	%772 = load i32, i32 addrspace(3)* %771
	%773 = add i32 %766, %772
	%774 = sitofp i32 %772 to float
	%775 = fmul float %774, %774
	%776 = fadd float %769, %775
	%777 = and i32 %0, 31
	%778 = lshr i32 %0, 5
	%779 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %773, i32 1, i32 0)
	%780 = icmp uge i32 %777, 1
	%781 = select i1 %780, i32 %779, i32 0
	%782 = add i32 %773, %781
	%783 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %782, i32 2, i32 0)
	%784 = icmp uge i32 %777, 2
	%785 = select i1 %784, i32 %783, i32 0
	%786 = add i32 %782, %785
	%787 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %786, i32 4, i32 0)
	%788 = icmp uge i32 %777, 4
	%789 = select i1 %788, i32 %787, i32 0
	%790 = add i32 %786, %789
	%791 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %790, i32 8, i32 0)
	%792 = icmp uge i32 %777, 8
	%793 = select i1 %792, i32 %791, i32 0
	%794 = add i32 %790, %793
	%795 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %794, i32 16, i32 0)
	%796 = icmp uge i32 %777, 16
	%797 = select i1 %796, i32 %795, i32 0
	%798 = add i32 %794, %797
	%799 = icmp eq i32 %777, 31
	br i1 %799, label %800, label %802

800:
	%801 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %778
	store i32 %798, i32 addrspace(3)* %801
	br label %802

802:
	call void @llvm.nvvm.barrier0()
	%803 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 0
	%804 = load i32, i32 addrspace(3)* %803
	%805 = icmp sgt i32 %778, 0
	%806 = select i1 %805, i32 %804, i32 0
	%807 = add i32 0, %806
	%808 = add i32 0, %804
	%809 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 1
	%810 = load i32, i32 addrspace(3)* %809
	%811 = icmp sgt i32 %778, 1
	%812 = select i1 %811, i32 %810, i32 0
	%813 = add i32 %807, %812
	%814 = add i32 %808, %810
	%815 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 2
	%816 = load i32, i32 addrspace(3)* %815
	%817 = icmp sgt i32 %778, 2
	%818 = select i1 %817, i32 %816, i32 0
	%819 = add i32 %813, %818
	%820 = add i32 %814, %816
	%821 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 3
	%822 = load i32, i32 addrspace(3)* %821
	%823 = icmp sgt i32 %778, 3
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 %819, %824
	%826 = add i32 %820, %822
	%827 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 4
	%828 = load i32, i32 addrspace(3)* %827
	%829 = icmp sgt i32 %778, 4
	%830 = select i1 %829, i32 %828, i32 0
	%831 = add i32 %825, %830
	%832 = add i32 %826, %828
	%833 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 5
	%834 = load i32, i32 addrspace(3)* %833
	%835 = icmp sgt i32 %778, 5
	%836 = select i1 %835, i32 %834, i32 0
	%837 = add i32 %831, %836
	%838 = add i32 %832, %834
	%839 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 6
	%840 = load i32, i32 addrspace(3)* %839
	%841 = icmp sgt i32 %778, 6
	%842 = select i1 %841, i32 %840, i32 0
	%843 = add i32 %837, %842
	%844 = add i32 %838, %840
	%845 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 7
	%846 = load i32, i32 addrspace(3)* %845
	%847 = icmp sgt i32 %778, 7
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %843, %848
	%850 = add i32 %844, %846
	%851 = add i32 %849, %798
	%852 = sub i32 %851, %773
	%853 = add i32 %552, 0
	%854 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %853
	store i32 %852, i32 addrspace(3)* %854
	%855 = add i32 %852, %555
	%856 = add i32 %552, 1
	%857 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %856
	store i32 %855, i32 addrspace(3)* %857
	%858 = add i32 %855, %562
	%859 = add i32 %552, 2
	%860 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %859
	store i32 %858, i32 addrspace(3)* %860
	%861 = add i32 %858, %569
	%862 = add i32 %552, 3
	%863 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %862
	store i32 %861, i32 addrspace(3)* %863
	%864 = add i32 %861, %576
	%865 = add i32 %552, 4
	%866 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %865
	store i32 %864, i32 addrspace(3)* %866
	%867 = add i32 %864, %583
	%868 = add i32 %552, 5
	%869 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %868
	store i32 %867, i32 addrspace(3)* %869
	%870 = add i32 %867, %590
	%871 = add i32 %552, 6
	%872 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %871
	store i32 %870, i32 addrspace(3)* %872
	%873 = add i32 %870, %597
	%874 = add i32 %552, 7
	%875 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %874
	store i32 %873, i32 addrspace(3)* %875
	%876 = add i32 %873, %604
	%877 = add i32 %552, 8
	%878 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %877
	store i32 %876, i32 addrspace(3)* %878
	%879 = add i32 %876, %611
	%880 = add i32 %552, 9
	%881 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %880
	store i32 %879, i32 addrspace(3)* %881
	%882 = add i32 %879, %618
	%883 = add i32 %552, 10
	%884 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %883
	store i32 %882, i32 addrspace(3)* %884
	%885 = add i32 %882, %625
	%886 = add i32 %552, 11
	%887 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %886
	store i32 %885, i32 addrspace(3)* %887
	%888 = add i32 %885, %632
	%889 = add i32 %552, 12
	%890 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %889
	store i32 %888, i32 addrspace(3)* %890
	%891 = add i32 %888, %639
	%892 = add i32 %552, 13
	%893 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %892
	store i32 %891, i32 addrspace(3)* %893
	%894 = add i32 %891, %646
	%895 = add i32 %552, 14
	%896 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %895
	store i32 %894, i32 addrspace(3)* %896
	%897 = add i32 %894, %653
	%898 = add i32 %552, 15
	%899 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %898
	store i32 %897, i32 addrspace(3)* %899
	%900 = add i32 %897, %660
	%901 = add i32 %552, 16
	%902 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %901
	store i32 %900, i32 addrspace(3)* %902
	%903 = add i32 %900, %667
	%904 = add i32 %552, 17
	%905 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %904
	store i32 %903, i32 addrspace(3)* %905
	%906 = add i32 %903, %674
	%907 = add i32 %552, 18
	%908 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %907
	store i32 %906, i32 addrspace(3)* %908
	%909 = add i32 %906, %681
	%910 = add i32 %552, 19
	%911 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %910
	store i32 %909, i32 addrspace(3)* %911
	%912 = add i32 %909, %688
	%913 = add i32 %552, 20
	%914 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %913
	store i32 %912, i32 addrspace(3)* %914
	%915 = add i32 %912, %695
	%916 = add i32 %552, 21
	%917 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %916
	store i32 %915, i32 addrspace(3)* %917
	%918 = add i32 %915, %702
	%919 = add i32 %552, 22
	%920 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %919
	store i32 %918, i32 addrspace(3)* %920
	%921 = add i32 %918, %709
	%922 = add i32 %552, 23
	%923 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %922
	store i32 %921, i32 addrspace(3)* %923
	%924 = add i32 %921, %716
	%925 = add i32 %552, 24
	%926 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %925
	store i32 %924, i32 addrspace(3)* %926
	%927 = add i32 %924, %723
	%928 = add i32 %552, 25
	%929 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %928
	store i32 %927, i32 addrspace(3)* %929
	%930 = add i32 %927, %730
	%931 = add i32 %552, 26
	%932 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %931
	store i32 %930, i32 addrspace(3)* %932
	%933 = add i32 %930, %737
	%934 = add i32 %552, 27
	%935 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %934
	store i32 %933, i32 addrspace(3)* %935
	%936 = add i32 %933, %744
	%937 = add i32 %552, 28
	%938 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %937
	store i32 %936, i32 addrspace(3)* %938
	%939 = add i32 %936, %751
	%940 = add i32 %552, 29
	%941 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %940
	store i32 %939, i32 addrspace(3)* %941
	%942 = add i32 %939, %758
	%943 = add i32 %552, 30
	%944 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %943
	store i32 %942, i32 addrspace(3)* %944
	%945 = add i32 %942, %765
	%946 = add i32 %552, 31
	%947 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %946
	store i32 %945, i32 addrspace(3)* %947
	%948 = add i32 %945, %772
	%949 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %776, i32 16, i32 31)
	%950 = fadd float %776, %949
	%951 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %950, i32 8, i32 31)
	%952 = fadd float %950, %951
	%953 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %952, i32 4, i32 31)
	%954 = fadd float %952, %953
	%955 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %954, i32 2, i32 31)
	%956 = fadd float %954, %955
	%957 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %956, i32 1, i32 31)
	%958 = fadd float %956, %957
	%959 = lshr i32 %0, 5
	%960 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%961 = icmp eq i32 %960, 0
	%962 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %959
	br i1 %961, label %963, label %964

963:
	store float %958, float addrspace(3)* %962
	br label %964

964:
	call void @llvm.nvvm.barrier0()
	%965 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%966 = load float, float addrspace(3)* %965
	%967 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%968 = load float, float addrspace(3)* %967
	%969 = fadd float %966, %968
	%970 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%971 = load float, float addrspace(3)* %970
	%972 = fadd float %969, %971
	%973 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%974 = load float, float addrspace(3)* %973
	%975 = fadd float %972, %974
	%976 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%977 = load float, float addrspace(3)* %976
	%978 = fadd float %975, %977
	%979 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%980 = load float, float addrspace(3)* %979
	%981 = fadd float %978, %980
	%982 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%983 = load float, float addrspace(3)* %982
	%984 = fadd float %981, %983
	%985 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%986 = load float, float addrspace(3)* %985
	%987 = fadd float %984, %986
	%988 = sitofp i32 %9 to float
	%989 = fmul float %988, 64.0
	%990 = fcmp ole float %987, %989
	br i1 %990, label %scatter, label %radix

scatter:
	br label %991

991:
	%992 = phi i32 [ %0, %scatter ], [ %1221, %1220 ]
	%993 = icmp slt i32 %992, %9
	br i1 %993, label %994, label %1060

994:
	%995 = sub i32 %9, 1
	%996 = add i32 %992, 0
	%997 = icmp slt i32 %996, %9
	%998 = icmp slt i32 %996, %995
	%999 = select i1 %998, i32 %996, i32 %995
	%1000 = add i32 %992, 256
	%1001 = icmp slt i32 %1000, %9
	%1002 = icmp slt i32 %1000, %995
	%1003 = select i1 %1002, i32 %1000, i32 %995
	%1004 = add i32 %992, 512
	%1005 = icmp slt i32 %1004, %9
	%1006 = icmp slt i32 %1004, %995
	%1007 = select i1 %1006, i32 %1004, i32 %995
	%1008 = add i32 %992, 768
	%1009 = icmp slt i32 %1008, %9
	%1010 = icmp slt i32 %1008, %995
	%1011 = select i1 %1010, i32 %1008, i32 %995
	%1012 = add i32 %992, 1024
	%1013 = icmp slt i32 %1012, %9
	%1014 = icmp slt i32 %1012, %995
	%1015 = select i1 %1014, i32 %1012, i32 %995
	%1016 = add i32 %992, 1280
	%1017 = icmp slt i32 %1016, %9
	%1018 = icmp slt i32 %1016, %995
	%1019 = select i1 %1018, i32 %1016, i32 %995
	%1020 = add i32 %992, 1536
	%1021 = icmp slt i32 %1020, %9
	%1022 = icmp slt i32 %1020, %995
	%1023 = select i1 %1022, i32 %1020, i32 %995
	%1024 = add i32 %992, 1792
	%1025 = icmp slt i32 %1024, %9
	%1026 = icmp slt i32 %1024, %995
	%1027 = select i1 %1026, i32 %1024, i32 %995
	%1028 = sext i32 %999 to i64
	%1029 = getelementptr i32, i32* %44, i64 %1028
	%1030 = load i32, i32* %1029
	%1031 = bitcast i32 %1030 to float
	%1032 = sext i32 %1003 to i64
	%1033 = getelementptr i32, i32* %44, i64 %1032
	%1034 = load i32, i32* %1033
	%1035 = bitcast i32 %1034 to float
	%1036 = sext i32 %1007 to i64
	%1037 = getelementptr i32, i32* %44, i64 %1036
	%1038 = load i32, i32* %1037
	%1039 = bitcast i32 %1038 to float
	%1040 = sext i32 %1011 to i64
	%1041 = getelementptr i32, i32* %44, i64 %1040
	%1042 = load i32, i32* %1041
	%1043 = bitcast i32 %1042 to float
	%1044 = sext i32 %1015 to i64
	%1045 = getelementptr i32, i32* %44, i64 %1044
	%1046 = load i32, i32* %1045
	%1047 = bitcast i32 %1046 to float
	%1048 = sext i32 %1019 to i64
	%1049 = getelementptr i32, i32* %44, i64 %1048
	%1050 = load i32, i32* %1049
	%1051 = bitcast i32 %1050 to float
	%1052 = sext i32 %1023 to i64
	%1053 = getelementptr i32, i32* %44, i64 %1052
	%1054 = load i32, i32* %1053
	%1055 = bitcast i32 %1054 to float
	%1056 = sext i32 %1027 to i64
	%1057 = getelementptr i32, i32* %44, i64 %1056
	%1058 = load i32, i32* %1057
	%1059 = bitcast i32 %1058 to float
	br i1 %997, label %1061, label %1080

1060:
	call void @llvm.nvvm.barrier0()
	br label %1222

1061:
	%1062 = fsub float %332, %1031
	%1063 = fmul float %1062, %352
	%1064 = fcmp olt float %1063, 8191.0
	%1065 = select i1 %1064, float %1063, float 8191.0
	%1066 = fptoui float %1065 to i32
	%1067 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1066
	%1068 = atomicrmw add i32 addrspace(3)* %1067, i32 1 monotonic
	%1069 = bitcast float %1031 to i32
	%1070 = icmp slt i32 %1069, 0
	%1071 = select i1 %1070, i32 -1, i32 -2147483648
	%1072 = xor i32 %1069, %1071
	%1073 = xor i32 %1072, -1
	%1074 = zext i32 %1073 to i64
	%1075 = shl i64 %1074, 32
	%1076 = zext i32 %996 to i64
	%1077 = or i64 %1075, %1076
	%1078 = sext i32 %1068 to i64
	%1079 = getelementptr i64, i64* %51, i64 %1078
	store i64 %1077, i64* %1079
	br label %1080

1080:
	br i1 %1001, label %1081, label %1100

1081:
	%1082 = fsub float %332, %1035
	%1083 = fmul float %1082, %352
	%1084 = fcmp olt float %1083, 8191.0
	%1085 = select i1 %1084, float %1083, float 8191.0
	%1086 = fptoui float %1085 to i32
	%1087 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1086
	%1088 = atomicrmw add i32 addrspace(3)* %1087, i32 1 monotonic
	%1089 = bitcast float %1035 to i32
	%1090 = icmp slt i32 %1089, 0
	%1091 = select i1 %1090, i32 -1, i32 -2147483648
	%1092 = xor i32 %1089, %1091
	%1093 = xor i32 %1092, -1
	%1094 = zext i32 %1093 to i64
	%1095 = shl i64 %1094, 32
	%1096 = zext i32 %1000 to i64
	%1097 = or i64 %1095, %1096
	%1098 = sext i32 %1088 to i64
	%1099 = getelementptr i64, i64* %51, i64 %1098
	store i64 %1097, i64* %1099
	br label %1100

1100:
	br i1 %1005, label %1101, label %1120

1101:
	%1102 = fsub float %332, %1039
	%1103 = fmul float %1102, %352
	%1104 = fcmp olt float %1103, 8191.0
	%1105 = select i1 %1104, float %1103, float 8191.0
	%1106 = fptoui float %1105 to i32
	%1107 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1106
	%1108 = atomicrmw add i32 addrspace(3)* %1107, i32 1 monotonic
	%1109 = bitcast float %1039 to i32
	%1110 = icmp slt i32 %1109, 0
	%1111 = select i1 %1110, i32 -1, i32 -2147483648
	%1112 = xor i32 %1109, %1111
	%1113 = xor i32 %1112, -1
	%1114 = zext i32 %1113 to i64
	%1115 = shl i64 %1114, 32
	%1116 = zext i32 %1004 to i64
	%1117 = or i64 %1115, %1116
	%1118 = sext i32 %1108 to i64
	%1119 = getelementptr i64, i64* %51, i64 %1118
	store i64 %1117, i64* %1119
	br label %1120

1120:
	br i1 %1009, label %1121, label %1140

1121:
	%1122 = fsub float %332, %1043
	%1123 = fmul float %1122, %352
	%1124 = fcmp olt float %1123, 8191.0
	%1125 = select i1 %1124, float %1123, float 8191.0
	%1126 = fptoui float %1125 to i32
	%1127 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1126
	%1128 = atomicrmw add i32 addrspace(3)* %1127, i32 1 monotonic
	%1129 = bitcast float %1043 to i32
	%1130 = icmp slt i32 %1129, 0
	%1131 = select i1 %1130, i32 -1, i32 -2147483648
	%1132 = xor i32 %1129, %1131
	%1133 = xor i32 %1132, -1
	%1134 = zext i32 %1133 to i64
	%1135 = shl i64 %1134, 32
	%1136 = zext i32 %1008 to i64
	%1137 = or i64 %1135, %1136
	%1138 = sext i32 %1128 to i64
	%1139 = getelementptr i64, i64* %51, i64 %1138
	store i64 %1137, i64* %1139
	br label %1140

1140:
	br i1 %1013, label %1141, label %1160

1141:
	%1142 = fsub float %332, %1047
	%1143 = fmul float %1142, %352
	%1144 = fcmp olt float %1143, 8191.0
	%1145 = select i1 %1144, float %1143, float 8191.0
	%1146 = fptoui float %1145 to i32
	%1147 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1146
	%1148 = atomicrmw add i32 addrspace(3)* %1147, i32 1 monotonic
	%1149 = bitcast float %1047 to i32
	%1150 = icmp slt i32 %1149, 0
	%1151 = select i1 %1150, i32 -1, i32 -2147483648
	%1152 = xor i32 %1149, %1151
	%1153 = xor i32 %1152, -1
	%1154 = zext i32 %1153 to i64
	%1155 = shl i64 %1154, 32
	%1156 = zext i32 %1012 to i64
	%1157 = or i64 %1155, %1156
	%1158 = sext i32 %1148 to i64
	%1159 = getelementptr i64, i64* %51, i64 %1158
	store i64 %1157, i64* %1159
	br label %1160

1160:
	br i1 %1017, label %1161, label %1180

1161:
	%1162 = fsub float %332, %1051
	%1163 = fmul float %1162, %352
	%1164 = fcmp olt float %1163, 8191.0
	%1165 = select i1 %1164, float %1163, float 8191.0
	%1166 = fptoui float %1165 to i32
	%1167 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1166
	%1168 = atomicrmw add i32 addrspace(3)* %1167, i32 1 monotonic
	%1169 = bitcast float %1051 to i32
	%1170 = icmp slt i32 %1169, 0
	%1171 = select i1 %1170, i32 -1, i32 -2147483648
	%1172 = xor i32 %1169, %1171
	%1173 = xor i32 %1172, -1
	%1174 = zext i32 %1173 to i64
	%1175 = shl i64 %1174, 32
	%1176 = zext i32 %1016 to i64
	%1177 = or i64 %1175, %1176
	%1178 = sext i32 %1168 to i64
	%1179 = getelementptr i64, i64* %51, i64 %1178
	store i64 %1177, i64* %1179
	br label %1180

1180:
	br i1 %1021, label %1181, label %1200

1181:
	%1182 = fsub float %332, %1055
	%1183 = fmul float %1182, %352
	%1184 = fcmp olt float %1183, 8191.0
	%1185 = select i1 %1184, float %1183, float 8191.0
	%1186 = fptoui float %1185 to i32
	%1187 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1186
	%1188 = atomicrmw add i32 addrspace(3)* %1187, i32 1 monotonic
	%1189 = bitcast float %1055 to i32
	%1190 = icmp slt i32 %1189, 0
	%1191 = select i1 %1190, i32 -1, i32 -2147483648
	%1192 = xor i32 %1189, %1191
	%1193 = xor i32 %1192, -1
	%1194 = zext i32 %1193 to i64
	%1195 = shl i64 %1194, 32
	%1196 = zext i32 %1020 to i64
	%1197 = or i64 %1195, %1196
	%1198 = sext i32 %1188 to i64
	%1199 = getelementptr i64, i64* %51, i64 %1198
	store i64 %1197, i64* %1199
	br label %1200

1200:
	br i1 %1025, label %1201, label %1220

1201:
	%1202 = fsub float %332, %1059
	%1203 = fmul float %1202, %352
	%1204 = fcmp olt float %1203, 8191.0
	%1205 = select i1 %1204, float %1203, float 8191.0
	%1206 = fptoui float %1205 to i32
	%1207 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1206
	%1208 = atomicrmw add i32 addrspace(3)* %1207, i32 1 monotonic
	%1209 = bitcast float %1059 to i32
	%1210 = icmp slt i32 %1209, 0
	%1211 = select i1 %1210, i32 -1, i32 -2147483648
	%1212 = xor i32 %1209, %1211
	%1213 = xor i32 %1212, -1
	%1214 = zext i32 %1213 to i64
	%1215 = shl i64 %1214, 32
	%1216 = zext i32 %1024 to i64
	%1217 = or i64 %1215, %1216
	%1218 = sext i32 %1208 to i64
	%1219 = getelementptr i64, i64* %51, i64 %1218
	store i64 %1217, i64* %1219
	br label %1220

1220:
	%1221 = add i32 %992, 2048
	br label %991

1222:
	%1223 = phi i32 [ %0, %1060 ], [ %1306, %1302 ]
	%1224 = icmp slt i32 %1223, %9
	br i1 %1224, label %1225, label %1244

1225:
	%1226 = sext i32 %1223 to i64
	%1227 = getelementptr i64, i64* %51, i64 %1226
	%1228 = load i64, i64* %1227
	%1229 = lshr i64 %1228, 32
	%1230 = trunc i64 %1229 to i32
	%1231 = xor i32 %1230, -1
	%1232 = icmp slt i32 %1231, 0
	%1233 = xor i32 %1231, -2147483648
	%1234 = select i1 %1232, i32 %1233, i32 %1230
	%1235 = bitcast i32 %1234 to float
	%1236 = fsub float %332, %1235
	%1237 = fmul float %1236, %352
	%1238 = fcmp olt float %1237, 8191.0
	%1239 = select i1 %1238, float %1237, float 8191.0
	%1240 = fptoui float %1239 to i32
	%1241 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1240
	%1242 = load i32, i32 addrspace(3)* %1241
	%1243 = icmp sgt i32 %1240, 0
	br i1 %1243, label %1245, label %1249

1244:
	ret void

1245:
	%1246 = sub i32 %1240, 1
	%1247 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1246
	%1248 = load i32, i32 addrspace(3)* %1247
	br label %1249

1249:
	%1250 = phi i32 [ 0, %1225 ], [ %1248, %1245 ]
	br label %1251

1251:
	%1252 = phi i32 [ %1250, %1249 ], [ %1301, %1255 ]
	%1253 = phi i32 [ %1250, %1249 ], [ %1300, %1255 ]
	%1254 = icmp slt i32 %1252, %1242
	br i1 %1254, label %1255, label %1302

1255:
	%1256 = sub i32 %1242, 1
	%1257 = add i32 %1252, 0
	%1258 = icmp slt i32 %1257, %1242
	%1259 = icmp slt i32 %1257, %1256
	%1260 = select i1 %1259, i32 %1257, i32 %1256
	%1261 = add i32 %1252, 1
	%1262 = icmp slt i32 %1261, %1242
	%1263 = icmp slt i32 %1261, %1256
	%1264 = select i1 %1263, i32 %1261, i32 %1256
	%1265 = add i32 %1252, 2
	%1266 = icmp slt i32 %1265, %1242
	%1267 = icmp slt i32 %1265, %1256
	%1268 = select i1 %1267, i32 %1265, i32 %1256
	%1269 = add i32 %1252, 3
	%1270 = icmp slt i32 %1269, %1242
	%1271 = icmp slt i32 %1269, %1256
	%1272 = select i1 %1271, i32 %1269, i32 %1256
	%1273 = sext i32 %1260 to i64
	%1274 = getelementptr i64, i64* %51, i64 %1273
	%1275 = load i64, i64* %1274
	%1276 = sext i32 %1264 to i64
	%1277 = getelementptr i64, i64* %51, i64 %1276
	%1278 = load i64, i64* %1277
	%1279 = sext i32 %1268 to i64
	%1280 = getelementptr i64, i64* %51, i64 %1279
	%1281 = load i64, i64* %1280
	%1282 = sext i32 %1272 to i64
	%1283 = getelementptr i64, i64* %51, i64 %1282
	%1284 = load i64, i64* %1283
	%1285 = icmp ult i64 %1275, %1228
	%1286 = and i1 %1258, %1285
	%1287 = zext i1 %1286 to i32
	%1288 = add i32 %1253, %1287
	%1289 = icmp ult i64 %1278, %1228
	%1290 = and i1 %1262, %1289
	%1291 = zext i1 %1290 to i32
	%1292 = add i32 %1288, %1291
	%1293 = icmp ult i64 %1281, %1228
	%1294 = and i1 %1266, %1293
	%1295 = zext i1 %1294 to i32
	%1296 = add i32 %1292, %1295
	%1297 = icmp ult i64 %1284, %1228
	%1298 = and i1 %1270, %1297
	%1299 = zext i1 %1298 to i32
	%1300 = add i32 %1296, %1299
	%1301 = add i32 %1252, 4
	br label %1251

1302:
	%1303 = trunc i64 %1228 to i32
	%1304 = sext i32 %1253 to i64
	%1305 = getelementptr i32, i32* %15, i64 %1304
	store i32 %1303, i32* %1305
	%1306 = add i32 %1223, 256
	br label %1222

1307:
	%1308 = phi i32 [ %0, %radix ], [ %1344, %1310 ]
	%1309 = icmp slt i32 %1308, %9
	br i1 %1309, label %1310, label %1345

1310:
	%1311 = sext i32 %1308 to i64
	%1312 = getelementptr i32, i32* %44, i64 %1311
	%1313 = load i32, i32* %1312
	%1314 = bitcast i32 %1313 to float
	%1315 = bitcast float %1314 to i32
	%1316 = icmp slt i32 %1315, 0
	%1317 = select i1 %1316, i32 -1, i32 -2147483648
	%1318 = xor i32 %1315, %1317
	%1319 = xor i32 %1318, -1
	%1320 = sext i32 %1308 to i64
	%1321 = getelementptr i32, i32* %44, i64 %1320
	store i32 %1319, i32* %1321
	%1322 = sext i32 %1308 to i64
	%1323 = getelementptr i32, i32* %15, i64 %1322
	store i32 %1308, i32* %1323
	%1324 = lshr i32 %1319, 0
	%1325 = and i32 %1324, 255
	%1326 = add i32 %1325, 0
	%1327 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1326
	%1328 = atomicrmw add i32 addrspace(3)* %1327, i32 1 monotonic
	%1329 = lshr i32 %1319, 8
	%1330 = and i32 %1329, 255
	%1331 = add i32 %1330, 256
	%1332 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1331
	%1333 = atomicrmw add i32 addrspace(3)* %1332, i32 1 monotonic
	%1334 = lshr i32 %1319, 16
	%1335 = and i32 %1334, 255
	%1336 = add i32 %1335, 512
	%1337 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1336
	%1338 = atomicrmw add i32 addrspace(3)* %1337, i32 1 monotonic
	%1339 = lshr i32 %1319, 24
	%1340 = and i32 %1339, 255
	%1341 = add i32 %1340, 768
	%1342 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1341
	%1343 = atomicrmw add i32 addrspace(3)* %1342, i32 1 monotonic
	%1344 = add i32 %1308, 256
	br label %1307

1345:
	call void @llvm.nvvm.barrier0()
	%1346 = icmp ult i32 %4, 4
	br i1 %1346, label %1347, label %1428

1347:
	%1348 = mul i32 %4, 256
	%1349 = mul i32 %3, 8
	%1350 = add i32 %1348, %1349
	%1351 = add i32 %1350, 0
	%1352 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1351
	%1353 = load i32, i32 addrspace(3)* %1352
	%1354 = add i32 0, %1353
	%1355 = add i32 %1350, 1
	%1356 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1355
	%1357 = load i32, i32 addrspace(3)* %1356
	%1358 = add i32 %1354, %1357
	%1359 = add i32 %1350, 2
	%1360 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1359
	%1361 = load i32, i32 addrspace(3)* %1360
	%1362 = add i32 %1358, %1361
	%1363 = add i32 %1350, 3
	%1364 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1363
	%1365 = load i32, i32 addrspace(3)* %1364
	%1366 = add i32 %1362, %1365
	%1367 = add i32 %1350, 4
	%1368 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1367
	%1369 = load i32, i32 addrspace(3)* %1368
	%1370 = add i32 %1366, %1369
	%1371 = add i32 %1350, 5
	%1372 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1371
	%1373 = load i32, i32 addrspace(3)* %1372
	%1374 = add i32 %1370, %1373
	%1375 = add i32 %1350, 6
	%1376 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1375
	%1377 = load i32, i32 addrspace(3)* %1376
	%1378 = add i32 %1374, %1377
	%1379 = add i32 %1350, 7
	%1380 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1379
	%1381 = load i32, i32 addrspace(3)* %1380
	%1382 = add i32 %1378, %1381
	%1383 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1382, i32 1, i32 0)
	%1384 = icmp uge i32 %3, 1
	%1385 = select i1 %1384, i32 %1383, i32 0
	%1386 = add i32 %1382, %1385
	%1387 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1386, i32 2, i32 0)
	%1388 = icmp uge i32 %3, 2
	%1389 = select i1 %1388, i32 %1387, i32 0
	%1390 = add i32 %1386, %1389
	%1391 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1390, i32 4, i32 0)
	%1392 = icmp uge i32 %3, 4
	%1393 = select i1 %1392, i32 %1391, i32 0
	%1394 = add i32 %1390, %1393
	%1395 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1394, i32 8, i32 0)
	%1396 = icmp uge i32 %3, 8
	%1397 = select i1 %1396, i32 %1395, i32 0
	%1398 = add i32 %1394, %1397
	%1399 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1398, i32 16, i32 0)
	%1400 = icmp uge i32 %3, 16
	%1401 = select i1 %1400, i32 %1399, i32 0
	%1402 = add i32 %1398, %1401
	%1403 = sub i32 %1402, %1382
	%1404 = add i32 %1350, 0
	%1405 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1404
	store i32 %1403, i32 addrspace(3)* %1405
	%1406 = add i32 %1403, %1353
	%1407 = add i32 %1350, 1
	%1408 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1407
	store i32 %1406, i32 addrspace(3)* %1408
	%1409 = add i32 %1406, %1357
	%1410 = add i32 %1350, 2
	%1411 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1410
	store i32 %1409, i32 addrspace(3)* %1411
	%1412 = add i32 %1409, %1361
	%1413 = add i32 %1350, 3
	%1414 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1413
	store i32 %1412, i32 addrspace(3)* %1414
	%1415 = add i32 %1412, %1365
	%1416 = add i32 %1350, 4
	%1417 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1416
	store i32 %1415, i32 addrspace(3)* %1417
	%1418 = add i32 %1415, %1369
	%1419 = add i32 %1350, 5
	%1420 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1419
	store i32 %1418, i32 addrspace(3)* %1420
	%1421 = add i32 %1418, %1373
	%1422 = add i32 %1350, 6
	%1423 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1422
	store i32 %1421, i32 addrspace(3)* %1423
	%1424 = add i32 %1421, %1377
	%1425 = add i32 %1350, 7
	%1426 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1425
	store i32 %1424, i32 addrspace(3)* %1426
	%1427 = add i32 %1424, %1381
	br label %1428

1428:
	call void @llvm.nvvm.barrier0()
	%1429 = shl i32 1, %3
	%1430 = sub i32 %1429, 1
	br label %1431

1431:
	%1432 = phi i32 [ 0, %1428 ], [ %2229, %2222 ]
	%1433 = icmp slt i32 %1432, %9
	br i1 %1433, label %1434, label %1440

1434:
	%1435 = mul i32 %4, 256
	%1436 = add i32 %1435, %3
	%1437 = add i32 %1432, %1436
	%1438 = add i32 %1437, 0
	%1439 = icmp slt i32 %1438, %9
	br i1 %1439, label %1441, label %1448

1440:
	call void @llvm.nvvm.barrier0()
	br label %2230

1441:
	%1442 = sext i32 %1438 to i64
	%1443 = getelementptr i32, i32* %44, i64 %1442
	%1444 = load i32, i32* %1443
	%1445 = sext i32 %1438 to i64
	%1446 = getelementptr i32, i32* %15, i64 %1445
	%1447 = load i32, i32* %1446
	br label %1448

1448:
	%1449 = phi i32 [ 0, %1434 ], [ %1444, %1441 ]
	%1450 = phi i32 [ 0, %1434 ], [ %1447, %1441 ]
	%1451 = lshr i32 %1449, 0
	%1452 = and i32 %1451, 255
	%1453 = add i32 %1437, 32
	%1454 = icmp slt i32 %1453, %9
	br i1 %1454, label %1455, label %1462

1455:
	%1456 = sext i32 %1453 to i64
	%1457 = getelementptr i32, i32* %44, i64 %1456
	%1458 = load i32, i32* %1457
	%1459 = sext i32 %1453 to i64
	%1460 = getelementptr i32, i32* %15, i64 %1459
	%1461 = load i32, i32* %1460
	br label %1462

1462:
	%1463 = phi i32 [ 0, %1448 ], [ %1458, %1455 ]
	%1464 = phi i32 [ 0, %1448 ], [ %1461, %1455 ]
	%1465 = lshr i32 %1463, 0
	%1466 = and i32 %1465, 255
	%1467 = add i32 %1437, 64
	%1468 = icmp slt i32 %1467, %9
	br i1 %1468, label %1469, label %1476

1469:
	%1470 = sext i32 %1467 to i64
	%1471 = getelementptr i32, i32* %44, i64 %1470
	%1472 = load i32, i32* %1471
	%1473 = sext i32 %1467 to i64
	%1474 = getelementptr i32, i32* %15, i64 %1473
	%1475 = load i32, i32* %1474
	br label %1476

1476:
	%1477 = phi i32 [ 0, %1462 ], [ %1472, %1469 ]
	%1478 = phi i32 [ 0, %1462 ], [ %1475, %1469 ]
	%1479 = lshr i32 %1477, 0
	%1480 = and i32 %1479, 255
	%1481 = add i32 %1437, 96
	%1482 = icmp slt i32 %1481, %9
	br i1 %1482, label %1483, label %1490

1483:
	%1484 = sext i32 %1481 to i64
	%1485 = getelementptr i32, i32* %44, i64 %1484
	%1486 = load i32, i32* %1485
	%1487 = sext i32 %1481 to i64
	%1488 = getelementptr i32, i32* %15, i64 %1487
	%1489 = load i32, i32* %1488
	br label %1490

1490:
	%1491 = phi i32 [ 0, %1476 ], [ %1486, %1483 ]
	%1492 = phi i32 [ 0, %1476 ], [ %1489, %1483 ]
	%1493 = lshr i32 %1491, 0
	%1494 = and i32 %1493, 255
	%1495 = add i32 %1437, 128
	%1496 = icmp slt i32 %1495, %9
	br i1 %1496, label %1497, label %1504

1497:
	%1498 = sext i32 %1495 to i64
	%1499 = getelementptr i32, i32* %44, i64 %1498
	%1500 = load i32, i32* %1499
	%1501 = sext i32 %1495 to i64
	%1502 = getelementptr i32, i32* %15, i64 %1501
	%1503 = load i32, i32* %1502
	br label %1504

1504:
	%1505 = phi i32 [ 0, %1490 ], [ %1500, %1497 ]
	%1506 = phi i32 [ 0, %1490 ], [ %1503, %1497 ]
	%1507 = lshr i32 %1505, 0
	%1508 = and i32 %1507, 255
	%1509 = add i32 %1437, 160
	%1510 = icmp slt i32 %1509, %9
	br i1 %1510, label %1511, label %1518

1511:
	%1512 = sext i32 %1509 to i64
	%1513 = getelementptr i32, i32* %44, i64 %1512
	%1514 = load i32, i32* %1513
	%1515 = sext i32 %1509 to i64
	%1516 = getelementptr i32, i32* %15, i64 %1515
	%1517 = load i32, i32* %1516
	br label %1518

1518:
	%1519 = phi i32 [ 0, %1504 ], [ %1514, %1511 ]
	%1520 = phi i32 [ 0, %1504 ], [ %1517, %1511 ]
	%1521 = lshr i32 %1519, 0
	%1522 = and i32 %1521, 255
	%1523 = add i32 %1437, 192
	%1524 = icmp slt i32 %1523, %9
	br i1 %1524, label %1525, label %1532

1525:
	%1526 = sext i32 %1523 to i64
	%1527 = getelementptr i32, i32* %44, i64 %1526
	%1528 = load i32, i32* %1527
	%1529 = sext i32 %1523 to i64
	%1530 = getelementptr i32, i32* %15, i64 %1529
	%1531 = load i32, i32* %1530
	br label %1532

1532:
	%1533 = phi i32 [ 0, %1518 ], [ %1528, %1525 ]
	%1534 = phi i32 [ 0, %1518 ], [ %1531, %1525 ]
	%1535 = lshr i32 %1533, 0
	%1536 = and i32 %1535, 255
	%1537 = add i32 %1437, 224
	%1538 = icmp slt i32 %1537, %9
	br i1 %1538, label %1539, label %1546

1539:
	%1540 = sext i32 %1537 to i64
	%1541 = getelementptr i32, i32* %44, i64 %1540
	%1542 = load i32, i32* %1541
	%1543 = sext i32 %1537 to i64
	%1544 = getelementptr i32, i32* %15, i64 %1543
	%1545 = load i32, i32* %1544
	br label %1546

1546:
	%1547 = phi i32 [ 0, %1532 ], [ %1542, %1539 ]
	%1548 = phi i32 [ 0, %1532 ], [ %1545, %1539 ]
	%1549 = lshr i32 %1547, 0
	%1550 = and i32 %1549, 255
	%1551 = select i1 %1439, i32 %1452, i32 256
	%1552 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1551)
	%1553 = and i32 %1552, %1430
	%1554 = call i32 @llvm.ctpop.i32(i32 %1553)
	br i1 %1439, label %1555, label %1560

1555:
	%1556 = mul i32 %4, 256
	%1557 = add i32 %1556, %1452
	%1558 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1557
	%1559 = load i32, i32 addrspace(3)* %1558
	br label %1560

1560:
	%1561 = phi i32 [ 0, %1546 ], [ %1559, %1555 ]
	%1562 = add i32 %1561, %1554
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1563 = icmp eq i32 %1554, 0
	%1564 = and i1 %1439, %1563
	br i1 %1564, label %1565, label %1571

1565:
	%1566 = call i32 @llvm.ctpop.i32(i32 %1552)
	%1567 = add i32 %1561, %1566
	%1568 = mul i32 %4, 256
	%1569 = add i32 %1568, %1452
	%1570 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1569
	store i32 %1567, i32 addrspace(3)* %1570
	br label %1571

1571:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1572 = select i1 %1454, i32 %1466, i32 256
	%1573 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1572)
	%1574 = and i32 %1573, %1430
	%1575 = call i32 @llvm.ctpop.i32(i32 %1574)
	br i1 %1454, label %1576, label %1581

1576:
	%1577 = mul i32 %4, 256
	%1578 = add i32 %1577, %1466
	%1579 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1578
	%1580 = load i32, i32 addrspace(3)* %1579
	br label %1581

1581:
	%1582 = phi i32 [ 0, %1571 ], [ %1580, %1576 ]
	%1583 = add i32 %1582, %1575
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1584 = icmp eq i32 %1575, 0
	%1585 = and i1 %1454, %1584
	br i1 %1585, label %1586, label %1592

1586:
	%1587 = call i32 @llvm.ctpop.i32(i32 %1573)
	%1588 = add i32 %1582, %1587
	%1589 = mul i32 %4, 256
	%1590 = add i32 %1589, %1466
	%1591 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1590
	store i32 %1588, i32 addrspace(3)* %1591
	br label %1592

1592:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1593 = select i1 %1468, i32 %1480, i32 256
	%1594 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1593)
	%1595 = and i32 %1594, %1430
	%1596 = call i32 @llvm.ctpop.i32(i32 %1595)
	br i1 %1468, label %1597, label %1602

1597:
	%1598 = mul i32 %4, 256
	%1599 = add i32 %1598, %1480
	%1600 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1599
	%1601 = load i32, i32 addrspace(3)* %1600
	br label %1602

1602:
	%1603 = phi i32 [ 0, %1592 ], [ %1601, %1597 ]
	%1604 = add i32 %1603, %1596
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1605 = icmp eq i32 %1596, 0
	%1606 = and i1 %1468, %1605
	br i1 %1606, label %1607, label %1613

1607:
	%1608 = call i32 @llvm.ctpop.i32(i32 %1594)
	%1609 = add i32 %1603, %1608
	%1610 = mul i32 %4, 256
	%1611 = add i32 %1610, %1480
	%1612 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1611
	store i32 %1609, i32 addrspace(3)* %1612
	br label %1613

1613:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1614 = select i1 %1482, i32 %1494, i32 256
	%1615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1614)
	%1616 = and i32 %1615, %1430
	%1617 = call i32 @llvm.ctpop.i32(i32 %1616)
	br i1 %1482, label %1618, label %1623

1618:
	%1619 = mul i32 %4, 256
	%1620 = add i32 %1619, %1494
	%1621 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1620
	%1622 = load i32, i32 addrspace(3)* %1621
	br label %1623

1623:
	%1624 = phi i32 [ 0, %1613 ], [ %1622, %1618 ]
	%1625 = add i32 %1624, %1617
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1626 = icmp eq i32 %1617, 0
	%1627 = and i1 %1482, %1626
	br i1 %1627, label %1628, label %1634

1628:
	%1629 = call i32 @llvm.ctpop.i32(i32 %1615)
	%1630 = add i32 %1624, %1629
	%1631 = mul i32 %4, 256
	%1632 = add i32 %1631, %1494
	%1633 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1632
	store i32 %1630, i32 addrspace(3)* %1633
	br label %1634

1634:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1635 = select i1 %1496, i32 %1508, i32 256
	%1636 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1635)
	%1637 = and i32 %1636, %1430
	%1638 = call i32 @llvm.ctpop.i32(i32 %1637)
	br i1 %1496, label %1639, label %1644

1639:
	%1640 = mul i32 %4, 256
	%1641 = add i32 %1640, %1508
	%1642 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1641
	%1643 = load i32, i32 addrspace(3)* %1642
	br label %1644

1644:
	%1645 = phi i32 [ 0, %1634 ], [ %1643, %1639 ]
	%1646 = add i32 %1645, %1638
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1647 = icmp eq i32 %1638, 0
	%1648 = and i1 %1496, %1647
	br i1 %1648, label %1649, label %1655

1649:
	%1650 = call i32 @llvm.ctpop.i32(i32 %1636)
	%1651 = add i32 %1645, %1650
	%1652 = mul i32 %4, 256
	%1653 = add i32 %1652, %1508
	%1654 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1653
	store i32 %1651, i32 addrspace(3)* %1654
	br label %1655

1655:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1656 = select i1 %1510, i32 %1522, i32 256
	%1657 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1656)
	%1658 = and i32 %1657, %1430
	%1659 = call i32 @llvm.ctpop.i32(i32 %1658)
	br i1 %1510, label %1660, label %1665

1660:
	%1661 = mul i32 %4, 256
	%1662 = add i32 %1661, %1522
	%1663 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1662
	%1664 = load i32, i32 addrspace(3)* %1663
	br label %1665

1665:
	%1666 = phi i32 [ 0, %1655 ], [ %1664, %1660 ]
	%1667 = add i32 %1666, %1659
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1668 = icmp eq i32 %1659, 0
	%1669 = and i1 %1510, %1668
	br i1 %1669, label %1670, label %1676

1670:
	%1671 = call i32 @llvm.ctpop.i32(i32 %1657)
	%1672 = add i32 %1666, %1671
	%1673 = mul i32 %4, 256
	%1674 = add i32 %1673, %1522
	%1675 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1674
	store i32 %1672, i32 addrspace(3)* %1675
	br label %1676

1676:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1677 = select i1 %1524, i32 %1536, i32 256
	%1678 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1677)
	%1679 = and i32 %1678, %1430
	%1680 = call i32 @llvm.ctpop.i32(i32 %1679)
	br i1 %1524, label %1681, label %1686

1681:
	%1682 = mul i32 %4, 256
	%1683 = add i32 %1682, %1536
	%1684 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1683
	%1685 = load i32, i32 addrspace(3)* %1684
	br label %1686

1686:
	%1687 = phi i32 [ 0, %1676 ], [ %1685, %1681 ]
	%1688 = add i32 %1687, %1680
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1689 = icmp eq i32 %1680, 0
	%1690 = and i1 %1524, %1689
	br i1 %1690, label %1691, label %1697

1691:
	%1692 = call i32 @llvm.ctpop.i32(i32 %1678)
	%1693 = add i32 %1687, %1692
	%1694 = mul i32 %4, 256
	%1695 = add i32 %1694, %1536
	%1696 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1695
	store i32 %1693, i32 addrspace(3)* %1696
	br label %1697

1697:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1698 = select i1 %1538, i32 %1550, i32 256
	%1699 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1698)
	%1700 = and i32 %1699, %1430
	%1701 = call i32 @llvm.ctpop.i32(i32 %1700)
	br i1 %1538, label %1702, label %1707

1702:
	%1703 = mul i32 %4, 256
	%1704 = add i32 %1703, %1550
	%1705 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1704
	%1706 = load i32, i32 addrspace(3)* %1705
	br label %1707

1707:
	%1708 = phi i32 [ 0, %1697 ], [ %1706, %1702 ]
	%1709 = add i32 %1708, %1701
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1710 = icmp eq i32 %1701, 0
	%1711 = and i1 %1538, %1710
	br i1 %1711, label %1712, label %1718

1712:
	%1713 = call i32 @llvm.ctpop.i32(i32 %1699)
	%1714 = add i32 %1708, %1713
	%1715 = mul i32 %4, 256
	%1716 = add i32 %1715, %1550
	%1717 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1716
	store i32 %1714, i32 addrspace(3)* %1717
	br label %1718

1718:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%1719 = mul i32 0, 256
	%1720 = add i32 %1719, %0
	%1721 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1720
	%1722 = load i32, i32 addrspace(3)* %1721
	%1723 = mul i32 0, 256
	%1724 = add i32 %1723, %0
	%1725 = add i32 2048, %1724
	%1726 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1725
	store i32 0, i32 addrspace(3)* %1726
	%1727 = mul i32 0, 256
	%1728 = add i32 %1727, %0
	%1729 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1728
	store i32 0, i32 addrspace(3)* %1729
	%1730 = add i32 0, %1722
	%1731 = mul i32 1, 256
	%1732 = add i32 %1731, %0
	%1733 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1732
	%1734 = load i32, i32 addrspace(3)* %1733
	%1735 = mul i32 1, 256
	%1736 = add i32 %1735, %0
	%1737 = add i32 2048, %1736
	%1738 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1737
	store i32 %1730, i32 addrspace(3)* %1738
	%1739 = mul i32 1, 256
	%1740 = add i32 %1739, %0
	%1741 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1740
	store i32 0, i32 addrspace(3)* %1741
	%1742 = add i32 %1730, %1734
	%1743 = mul i32 2, 256
	%1744 = add i32 %1743, %0
	%1745 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1744
	%1746 = load i32, i32 addrspace(3)* %1745
	%1747 = mul i32 2, 256
	%1748 = add i32 %1747, %0
	%1749 = add i32 2048, %1748
	%1750 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1749
	store i32 %1742, i32 addrspace(3)* %1750
	%1751 = mul i32 2, 256
	%1752 = add i32 %1751, %0
	%1753 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1752
	store i32 0, i32 addrspace(3)* %1753
	%1754 = add i32 %1742, %1746
	%1755 = mul i32 3, 256
	%1756 = add i32 %1755, %0
	%1757 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1756
	%1758 = load i32, i32 addrspace(3)* %1757
	%1759 = mul i32 3, 256
	%1760 = add i32 %1759, %0
	%1761 = add i32 2048, %1760
	%1762 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1761
	store i32 %1754, i32 addrspace(3)* %1762
	%1763 = mul i32 3, 256
	%1764 = add i32 %1763, %0
	%1765 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1764
	store i32 0, i32 addrspace(3)* %1765
	%1766 = add i32 %1754, %1758
	%1767 = mul i32 4, 256
	%1768 = add i32 %1767, %0
	%1769 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1768
	%1770 = load i32, i32 addrspace(3)* %1769
	%1771 = mul i32 4, 256
	%1772 = add i32 %1771, %0
	%1773 = add i32 2048, %1772
	%1774 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1773
	store i32 %1766, i32 addrspace(3)* %1774
	%1775 = mul i32 4, 256
	%1776 = add i32 %1775, %0
	%1777 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1776
	store i32 0, i32 addrspace(3)* %1777
	%1778 = add i32 %1766, %1770
	%1779 = mul i32 5, 256
	%1780 = add i32 %1779, %0
	%1781 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1780
	%1782 = load i32, i32 addrspace(3)* %1781
	%1783 = mul i32 5, 256
	%1784 = add i32 %1783, %0
	%1785 = add i32 2048, %1784
	%1786 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1785
	store i32 %1778, i32 addrspace(3)* %1786
	%1787 = mul i32 5, 256
	%1788 = add i32 %1787, %0
	%1789 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1788
	store i32 0, i32 addrspace(3)* %1789
	%1790 = add i32 %1778, %1782
	%1791 = mul i32 6, 256
	%1792 = add i32 %1791, %0
	%1793 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1792
	%1794 = load i32, i32 addrspace(3)* %1793
	%1795 = mul i32 6, 256
	%1796 = add i32 %1795, %0
	%1797 = add i32 2048, %1796
	%1798 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1797
	store i32 %1790, i32 addrspace(3)* %1798
	%1799 = mul i32 6, 256
	%1800 = add i32 %1799, %0
	%1801 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1800
	store i32 0, i32 addrspace(3)* %1801
	%1802 = add i32 %1790, %1794
	%1803 = mul i32 7, 256
	%1804 = add i32 %1803, %0
	%1805 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1804
	%1806 = load i32, i32 addrspace(3)* %1805
	%1807 = mul i32 7, 256
	%1808 = add i32 %1807, %0
	%1809 = add i32 2048, %1808
	%1810 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1809
	store i32 %1802, i32 addrspace(3)* %1810
	%1811 = mul i32 7, 256
	%1812 = add i32 %1811, %0
	%1813 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1812
	store i32 0, i32 addrspace(3)* %1813
	%1814 = add i32 %1802, %1806
	call void @llvm.nvvm.barrier0()
	%1815 = select i1 %1439, i32 %1452, i32 0
	%1816 = mul i32 %4, 256
	%1817 = add i32 %1816, %1815
	%1818 = add i32 2048, %1817
	%1819 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1818
	%1820 = load i32, i32 addrspace(3)* %1819
	%1821 = add i32 %1562, %1820
	%1822 = select i1 %1454, i32 %1466, i32 0
	%1823 = mul i32 %4, 256
	%1824 = add i32 %1823, %1822
	%1825 = add i32 2048, %1824
	%1826 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1825
	%1827 = load i32, i32 addrspace(3)* %1826
	%1828 = add i32 %1583, %1827
	%1829 = select i1 %1468, i32 %1480, i32 0
	%1830 = mul i32 %4, 256
	%1831 = add i32 %1830, %1829
	%1832 = add i32 2048, %1831
	%1833 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1832
	%1834 = load i32, i32 addrspace(3)* %1833
	%1835 = add i32 %1604, %1834
	%1836 = select i1 %1482, i32 %1494, i32 0
	%1837 = mul i32 %4, 256
	%1838 = add i32 %1837, %1836
	%1839 = add i32 2048, %1838
	%1840 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1839
	%1841 = load i32, i32 addrspace(3)* %1840
	%1842 = add i32 %1625, %1841
	%1843 = select i1 %1496, i32 %1508, i32 0
	%1844 = mul i32 %4, 256
	%1845 = add i32 %1844, %1843
	%1846 = add i32 2048, %1845
	%1847 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1846
	%1848 = load i32, i32 addrspace(3)* %1847
	%1849 = add i32 %1646, %1848
	%1850 = select i1 %1510, i32 %1522, i32 0
	%1851 = mul i32 %4, 256
	%1852 = add i32 %1851, %1850
	%1853 = add i32 2048, %1852
	%1854 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1853
	%1855 = load i32, i32 addrspace(3)* %1854
	%1856 = add i32 %1667, %1855
	%1857 = select i1 %1524, i32 %1536, i32 0
	%1858 = mul i32 %4, 256
	%1859 = add i32 %1858, %1857
	%1860 = add i32 2048, %1859
	%1861 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1860
	%1862 = load i32, i32 addrspace(3)* %1861
	%1863 = add i32 %1688, %1862
	%1864 = select i1 %1538, i32 %1550, i32 0
	%1865 = mul i32 %4, 256
	%1866 = add i32 %1865, %1864
	%1867 = add i32 2048, %1866
	%1868 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1867
	%1869 = load i32, i32 addrspace(3)* %1868
	%1870 = add i32 %1709, %1869
	%1871 = and i32 %0, 31
	%1872 = lshr i32 %0, 5
	%1873 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1814, i32 1, i32 0)
	%1874 = icmp uge i32 %1871, 1
	%1875 = select i1 %1874, i32 %1873, i32 0
	%1876 = add i32 %1814, %1875
	%1877 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1876, i32 2, i32 0)
	%1878 = icmp uge i32 %1871, 2
	%1879 = select i1 %1878, i32 %1877, i32 0
	%1880 = add i32 %1876, %1879
	%1881 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1880, i32 4, i32 0)
	%1882 = icmp uge i32 %1871, 4
	%1883 = select i1 %1882, i32 %1881, i32 0
	%1884 = add i32 %1880, %1883
	%1885 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1884, i32 8, i32 0)
	%1886 = icmp uge i32 %1871, 8
	%1887 = select i1 %1886, i32 %1885, i32 0
	%1888 = add i32 %1884, %1887
	%1889 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1888, i32 16, i32 0)
	%1890 = icmp uge i32 %1871, 16
	%1891 = select i1 %1890, i32 %1889, i32 0
	%1892 = add i32 %1888, %1891
	%1893 = icmp eq i32 %1871, 31
	br i1 %1893, label %1894, label %1896

1894:
	%1895 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %1872
	store i32 %1892, i32 addrspace(3)* %1895
	br label %1896

1896:
	call void @llvm.nvvm.barrier0()
	%1897 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%1898 = load i32, i32 addrspace(3)* %1897
	%1899 = icmp sgt i32 %1872, 0
	%1900 = select i1 %1899, i32 %1898, i32 0
	%1901 = add i32 0, %1900
	%1902 = add i32 0, %1898
	%1903 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%1904 = load i32, i32 addrspace(3)* %1903
	%1905 = icmp sgt i32 %1872, 1
	%1906 = select i1 %1905, i32 %1904, i32 0
	%1907 = add i32 %1901, %1906
	%1908 = add i32 %1902, %1904
	%1909 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%1910 = load i32, i32 addrspace(3)* %1909
	%1911 = icmp sgt i32 %1872, 2
	%1912 = select i1 %1911, i32 %1910, i32 0
	%1913 = add i32 %1907, %1912
	%1914 = add i32 %1908, %1910
	%1915 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%1916 = load i32, i32 addrspace(3)* %1915
	%1917 = icmp sgt i32 %1872, 3
	%1918 = select i1 %1917, i32 %1916, i32 0
	%1919 = add i32 %1913, %1918
	%1920 = add i32 %1914, %1916
	%1921 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%1922 = load i32, i32 addrspace(3)* %1921
	%1923 = icmp sgt i32 %1872, 4
	%1924 = select i1 %1923, i32 %1922, i32 0
	%1925 = add i32 %1919, %1924
	%1926 = add i32 %1920, %1922
	%1927 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%1928 = load i32, i32 addrspace(3)* %1927
	%1929 = icmp sgt i32 %1872, 5
	%1930 = select i1 %1929, i32 %1928, i32 0
	%1931 = add i32 %1925, %1930
	%1932 = add i32 %1926, %1928
	%1933 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%1934 = load i32, i32 addrspace(3)* %1933
	%1935 = icmp sgt i32 %1872, 6
	%1936 = select i1 %1935, i32 %1934, i32 0
	%1937 = add i32 %1931, %1936
	%1938 = add i32 %1932, %1934
	%1939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%1940 = load i32, i32 addrspace(3)* %1939
	%1941 = icmp sgt i32 %1872, 7
	%1942 = select i1 %1941, i32 %1940, i32 0
	%1943 = add i32 %1937, %1942
	%1944 = add i32 %1938, %1940
	%1945 = add i32 %1943, %1892
	%1946 = sub i32 %1945, %1814
	%1947 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %0
	store i32 %1946, i32 addrspace(3)* %1947
	call void @llvm.nvvm.barrier0()
	br i1 %1439, label %1948, label %1956

1948:
	%1949 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %1452
	%1950 = load i32, i32 addrspace(3)* %1949
	%1951 = add i32 %1950, %1821
	%1952 = add i32 %1951, u0x1000
	%1953 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1952
	store i32 %1449, i32 addrspace(3)* %1953
	%1954 = add i32 %1951, 6144
	%1955 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1954
	store i32 %1450, i32 addrspace(3)* %1955
	br label %1956

1956:
	br i1 %1454, label %1957, label %1965

1957:
	%1958 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %1466
	%1959 = load i32, i32 addrspace(3)* %1958
	%1960 = add i32 %1959, %1828
	%1961 = add i32 %1960, u0x1000
	%1962 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1961
	store i32 %1463, i32 addrspace(3)* %1962
	%1963 = add i32 %1960, 6144
	%1964 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1963
	store i32 %1464, i32 addrspace(3)* %1964
	br label %1965

1965:
	br i1 %1468, label %1966, label %1974

1966:
	%1967 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %1480
	%1968 = load i32, i32 addrspace(3)* %1967
	%1969 = add i32 %1968, %1835
	%1970 = add i32 %1969, u0x1000
	%1971 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1970
	store i32 %1477, i32 addrspace(3)* %1971
	%1972 = add i32 %1969, 6144
	%1973 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1972
	store i32 %1478, i32 addrspace(3)* %1973
	br label %1974

1974:
	br i1 %1482, label %1975, label %1983

1975:
	%1976 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %1494
	%1977 = load i32, i32 addrspace(3)* %1976
	%1978 = add i32 %1977, %1842
	%1979 = add i32 %1978, u0x1000
	%1980 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1979
	store i32 %1491, i32 addrspace(3)* %1980
	%1981 = add i32 %1978, 6144
	%1982 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1981
	store i32 %1492, i32 addrspace(3)* %1982
	br label %1983

1983:
	br i1 %1496, label %1984, label %1992

1984:
	%1985 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %1508
	%1986 = load i32, i32 addrspace(3)* %1985
	%1987 = add i32 %1986, %1849
	%1988 = add i32 %1987, u0x1000
	%1989 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1988
	store i32 %1505, i32 addrspace(3)* %1989
	%1990 = add i32 %1987, 6144
	%1991 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1990
	store i32 %1506, i32 addrspace(3)* %1991
	br label %1992

1992:
	br i1 %1510, label %1993, label %2001

1993:
	%1994 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %1522
	%1995 = load i32, i32 addrspace(3)* %1994
	%1996 = add i32 %1995, %1856
	%1997 = add i32 %1996, u0x1000
	%1998 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1997
	store i32 %1519, i32 addrspace(3)* %1998
	%1999 = add i32 %1996, 6144
	%2000 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %1999
	store i32 %1520, i32 addrspace(3)* %2000
	br label %2001

2001:
	br i1 %1524, label %2002, label %2010

2002:
	%2003 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %1536
	%2004 = load i32, i32 addrspace(3)* %2003
	%2005 = add i32 %2004, %1863
	%2006 = add i32 %2005, u0x1000
	%2007 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2006
	store i32 %1533, i32 addrspace(3)* %2007
	%2008 = add i32 %2005, 6144
	%2009 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2008
	store i32 %1534, i32 addrspace(3)* %2009
	br label %2010

2010:
	br i1 %1538, label %2011, label %2019

2011:
	%2012 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %1550
	%2013 = load i32, i32 addrspace(3)* %2012
	%2014 = add i32 %2013, %1870
	%2015 = add i32 %2014, u0x1000
	%2016 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2015
	store i32 %1547, i32 addrspace(3)* %2016
	%2017 = add i32 %2014, 6144
	%2018 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2017
	store i32 %1548, i32 addrspace(3)* %2018
	br label %2019

2019:
	call void @llvm.nvvm.barrier0()
	%2020 = sub i32 %9, %1432
	%2021 = icmp slt i32 2048, %2020
	%2022 = select i1 %2021, i32 2048, i32 %2020
	%2023 = add i32 0, %0
	%2024 = icmp slt i32 %2023, %2022
	br i1 %2024, label %2025, label %2047

2025:
	%2026 = add i32 %2023, u0x1000
	%2027 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2026
	%2028 = load i32, i32 addrspace(3)* %2027
	%2029 = lshr i32 %2028, 0
	%2030 = and i32 %2029, 255
	%2031 = add i32 %2030, 0
	%2032 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2031
	%2033 = load i32, i32 addrspace(3)* %2032
	%2034 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2030
	%2035 = load i32, i32 addrspace(3)* %2034
	%2036 = sub i32 %2023, %2035
	%2037 = add i32 %2033, %2036
	%2038 = mul i32 %2037, 2
	%2039 = sext i32 %2038 to i64
	%2040 = getelementptr i32, i32* %50, i64 %2039
	store i32 %2028, i32* %2040
	%2041 = add i32 %2023, 6144
	%2042 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2041
	%2043 = load i32, i32 addrspace(3)* %2042
	%2044 = mul i32 %2037, 2
	%2045 = sext i32 %2044 to i64
	%2046 = getelementptr i32, i32* %49, i64 %2045
	store i32 %2043, i32* %2046
	br label %2047

2047:
	%2048 = add i32 256, %0
	%2049 = icmp slt i32 %2048, %2022
	br i1 %2049, label %2050, label %2072

2050:
	%2051 = add i32 %2048, u0x1000
	%2052 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2051
	%2053 = load i32, i32 addrspace(3)* %2052
	%2054 = lshr i32 %2053, 0
	%2055 = and i32 %2054, 255
	%2056 = add i32 %2055, 0
	%2057 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2056
	%2058 = load i32, i32 addrspace(3)* %2057
	%2059 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2055
	%2060 = load i32, i32 addrspace(3)* %2059
	%2061 = sub i32 %2048, %2060
	%2062 = add i32 %2058, %2061
	%2063 = mul i32 %2062, 2
	%2064 = sext i32 %2063 to i64
	%2065 = getelementptr i32, i32* %50, i64 %2064
	store i32 %2053, i32* %2065
	%2066 = add i32 %2048, 6144
	%2067 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2066
	%2068 = load i32, i32 addrspace(3)* %2067
	%2069 = mul i32 %2062, 2
	%2070 = sext i32 %2069 to i64
	%2071 = getelementptr i32, i32* %49, i64 %2070
	store i32 %2068, i32* %2071
	br label %2072

2072:
	%2073 = add i32 512, %0
	%2074 = icmp slt i32 %2073, %2022
	br i1 %2074, label %2075, label %2097

2075:
	%2076 = add i32 %2073, u0x1000
	%2077 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2076
	%2078 = load i32, i32 addrspace(3)* %2077
	%2079 = lshr i32 %2078, 0
	%2080 = and i32 %2079, 255
	%2081 = add i32 %2080, 0
	%2082 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2081
	%2083 = load i32, i32 addrspace(3)* %2082
	%2084 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2080
	%2085 = load i32, i32 addrspace(3)* %2084
	%2086 = sub i32 %2073, %2085
	%2087 = add i32 %2083, %2086
	%2088 = mul i32 %2087, 2
	%2089 = sext i32 %2088 to i64
	%2090 = getelementptr i32, i32* %50, i64 %2089
	store i32 %2078, i32* %2090
	%2091 = add i32 %2073, 6144
	%2092 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2091
	%2093 = load i32, i32 addrspace(3)* %2092
	%2094 = mul i32 %2087, 2
	%2095 = sext i32 %2094 to i64
	%2096 = getelementptr i32, i32* %49, i64 %2095
	store i32 %2093, i32* %2096
	br label %2097

2097:
	%2098 = add i32 768, %0
	%2099 = icmp slt i32 %2098, %2022
	br i1 %2099, label %2100, label %2122

2100:
	%2101 = add i32 %2098, u0x1000
	%2102 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2101
	%2103 = load i32, i32 addrspace(3)* %2102
	%2104 = lshr i32 %2103, 0
	%2105 = and i32 %2104, 255
	%2106 = add i32 %2105, 0
	%2107 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2106
	%2108 = load i32, i32 addrspace(3)* %2107
	%2109 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2105
	%2110 = load i32, i32 addrspace(3)* %2109
	%2111 = sub i32 %2098, %2110
	%2112 = add i32 %2108, %2111
	%2113 = mul i32 %2112, 2
	%2114 = sext i32 %2113 to i64
	%2115 = getelementptr i32, i32* %50, i64 %2114
	store i32 %2103, i32* %2115
	%2116 = add i32 %2098, 6144
	%2117 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2116
	%2118 = load i32, i32 addrspace(3)* %2117
	%2119 = mul i32 %2112, 2
	%2120 = sext i32 %2119 to i64
	%2121 = getelementptr i32, i32* %49, i64 %2120
	store i32 %2118, i32* %2121
	br label %2122

2122:
	%2123 = add i32 1024, %0
	%2124 = icmp slt i32 %2123, %2022
	br i1 %2124, label %2125, label %2147

2125:
	%2126 = add i32 %2123, u0x1000
	%2127 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2126
	%2128 = load i32, i32 addrspace(3)* %2127
	%2129 = lshr i32 %2128, 0
	%2130 = and i32 %2129, 255
	%2131 = add i32 %2130, 0
	%2132 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2131
	%2133 = load i32, i32 addrspace(3)* %2132
	%2134 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2130
	%2135 = load i32, i32 addrspace(3)* %2134
	%2136 = sub i32 %2123, %2135
	%2137 = add i32 %2133, %2136
	%2138 = mul i32 %2137, 2
	%2139 = sext i32 %2138 to i64
	%2140 = getelementptr i32, i32* %50, i64 %2139
	store i32 %2128, i32* %2140
	%2141 = add i32 %2123, 6144
	%2142 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2141
	%2143 = load i32, i32 addrspace(3)* %2142
	%2144 = mul i32 %2137, 2
	%2145 = sext i32 %2144 to i64
	%2146 = getelementptr i32, i32* %49, i64 %2145
	store i32 %2143, i32* %2146
	br label %2147

2147:
	%2148 = add i32 1280, %0
	%2149 = icmp slt i32 %2148, %2022
	br i1 %2149, label %2150, label %2172

2150:
	%2151 = add i32 %2148, u0x1000
	%2152 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2151
	%2153 = load i32, i32 addrspace(3)* %2152
	%2154 = lshr i32 %2153, 0
	%2155 = and i32 %2154, 255
	%2156 = add i32 %2155, 0
	%2157 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2156
	%2158 = load i32, i32 addrspace(3)* %2157
	%2159 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2155
	%2160 = load i32, i32 addrspace(3)* %2159
	%2161 = sub i32 %2148, %2160
	%2162 = add i32 %2158, %2161
	%2163 = mul i32 %2162, 2
	%2164 = sext i32 %2163 to i64
	%2165 = getelementptr i32, i32* %50, i64 %2164
	store i32 %2153, i32* %2165
	%2166 = add i32 %2148, 6144
	%2167 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2166
	%2168 = load i32, i32 addrspace(3)* %2167
	%2169 = mul i32 %2162, 2
	%2170 = sext i32 %2169 to i64
	%2171 = getelementptr i32, i32* %49, i64 %2170
	store i32 %2168, i32* %2171
	br label %2172

2172:
	%2173 = add i32 1536, %0
	%2174 = icmp slt i32 %2173, %2022
	br i1 %2174, label %2175, label %2197

2175:
	%2176 = add i32 %2173, u0x1000
	%2177 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2176
	%2178 = load i32, i32 addrspace(3)* %2177
	%2179 = lshr i32 %2178, 0
	%2180 = and i32 %2179, 255
	%2181 = add i32 %2180, 0
	%2182 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2181
	%2183 = load i32, i32 addrspace(3)* %2182
	%2184 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2180
	%2185 = load i32, i32 addrspace(3)* %2184
	%2186 = sub i32 %2173, %2185
	%2187 = add i32 %2183, %2186
	%2188 = mul i32 %2187, 2
	%2189 = sext i32 %2188 to i64
	%2190 = getelementptr i32, i32* %50, i64 %2189
	store i32 %2178, i32* %2190
	%2191 = add i32 %2173, 6144
	%2192 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2191
	%2193 = load i32, i32 addrspace(3)* %2192
	%2194 = mul i32 %2187, 2
	%2195 = sext i32 %2194 to i64
	%2196 = getelementptr i32, i32* %49, i64 %2195
	store i32 %2193, i32* %2196
	br label %2197

2197:
	%2198 = add i32 1792, %0
	%2199 = icmp slt i32 %2198, %2022
	br i1 %2199, label %2200, label %2222

2200:
	%2201 = add i32 %2198, u0x1000
	%2202 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2201
	%2203 = load i32, i32 addrspace(3)* %2202
	%2204 = lshr i32 %2203, 0
	%2205 = and i32 %2204, 255
	%2206 = add i32 %2205, 0
	%2207 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2206
	%2208 = load i32, i32 addrspace(3)* %2207
	%2209 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2205
	%2210 = load i32, i32 addrspace(3)* %2209
	%2211 = sub i32 %2198, %2210
	%2212 = add i32 %2208, %2211
	%2213 = mul i32 %2212, 2
	%2214 = sext i32 %2213 to i64
	%2215 = getelementptr i32, i32* %50, i64 %2214
	store i32 %2203, i32* %2215
	%2216 = add i32 %2198, 6144
	%2217 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2216
	%2218 = load i32, i32 addrspace(3)* %2217
	%2219 = mul i32 %2212, 2
	%2220 = sext i32 %2219 to i64
	%2221 = getelementptr i32, i32* %49, i64 %2220
	store i32 %2218, i32* %2221
	br label %2222

2222:
	call void @llvm.nvvm.barrier0()
	%2223 = add i32 %0, 0
	%2224 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2223
	%2225 = load i32, i32 addrspace(3)* %2224
	%2226 = add i32 %2225, %1814
	%2227 = add i32 %0, 0
	%2228 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2227
	store i32 %2226, i32 addrspace(3)* %2228
	%2229 = add i32 %1432, 2048
	br label %1431

2230:
	%2231 = phi i32 [ 0, %1440 ], [ %3028, %3021 ]
	%2232 = icmp slt i32 %2231, %9
	br i1 %2232, label %2233, label %2239

2233:
	%2234 = mul i32 %4, 256
	%2235 = add i32 %2234, %3
	%2236 = add i32 %2231, %2235
	%2237 = add i32 %2236, 0
	%2238 = icmp slt i32 %2237, %9
	br i1 %2238, label %2240, label %2249

2239:
	call void @llvm.nvvm.barrier0()
	br label %3029

2240:
	%2241 = mul i32 %2237, 2
	%2242 = sext i32 %2241 to i64
	%2243 = getelementptr i32, i32* %50, i64 %2242
	%2244 = load i32, i32* %2243
	%2245 = mul i32 %2237, 2
	%2246 = sext i32 %2245 to i64
	%2247 = getelementptr i32, i32* %49, i64 %2246
	%2248 = load i32, i32* %2247
	br label %2249

2249:
	%2250 = phi i32 [ 0, %2233 ], [ %2244, %2240 ]
	%2251 = phi i32 [ 0, %2233 ], [ %2248, %2240 ]
	%2252 = lshr i32 %2250, 8
	%2253 = and i32 %2252, 255
	%2254 = add i32 %2236, 32
	%2255 = icmp slt i32 %2254, %9
	br i1 %2255, label %2256, label %2265

2256:
	%2257 = mul i32 %2254, 2
	%2258 = sext i32 %2257 to i64
	%2259 = getelementptr i32, i32* %50, i64 %2258
	%2260 = load i32, i32* %2259
	%2261 = mul i32 %2254, 2
	%2262 = sext i32 %2261 to i64
	%2263 = getelementptr i32, i32* %49, i64 %2262
	%2264 = load i32, i32* %2263
	br label %2265

2265:
	%2266 = phi i32 [ 0, %2249 ], [ %2260, %2256 ]
	%2267 = phi i32 [ 0, %2249 ], [ %2264, %2256 ]
	%2268 = lshr i32 %2266, 8
	%2269 = and i32 %2268, 255
	%2270 = add i32 %2236, 64
	%2271 = icmp slt i32 %2270, %9
	br i1 %2271, label %2272, label %2281

2272:
	%2273 = mul i32 %2270, 2
	%2274 = sext i32 %2273 to i64
	%2275 = getelementptr i32, i32* %50, i64 %2274
	%2276 = load i32, i32* %2275
	%2277 = mul i32 %2270, 2
	%2278 = sext i32 %2277 to i64
	%2279 = getelementptr i32, i32* %49, i64 %2278
	%2280 = load i32, i32* %2279
	br label %2281

2281:
	%2282 = phi i32 [ 0, %2265 ], [ %2276, %2272 ]
	%2283 = phi i32 [ 0, %2265 ], [ %2280, %2272 ]
	%2284 = lshr i32 %2282, 8
	%2285 = and i32 %2284, 255
	%2286 = add i32 %2236, 96
	%2287 = icmp slt i32 %2286, %9
	br i1 %2287, label %2288, label %2297

2288:
	%2289 = mul i32 %2286, 2
	%2290 = sext i32 %2289 to i64
	%2291 = getelementptr i32, i32* %50, i64 %2290
	%2292 = load i32, i32* %2291
	%2293 = mul i32 %2286, 2
	%2294 = sext i32 %2293 to i64
	%2295 = getelementptr i32, i32* %49, i64 %2294
	%2296 = load i32, i32* %2295
	br label %2297

2297:
	%2298 = phi i32 [ 0, %2281 ], [ %2292, %2288 ]
	%2299 = phi i32 [ 0, %2281 ], [ %2296, %2288 ]
	%2300 = lshr i32 %2298, 8
	%2301 = and i32 %2300, 255
	%2302 = add i32 %2236, 128
	%2303 = icmp slt i32 %2302, %9
	br i1 %2303, label %2304, label %2313

2304:
	%2305 = mul i32 %2302, 2
	%2306 = sext i32 %2305 to i64
	%2307 = getelementptr i32, i32* %50, i64 %2306
	%2308 = load i32, i32* %2307
	%2309 = mul i32 %2302, 2
	%2310 = sext i32 %2309 to i64
	%2311 = getelementptr i32, i32* %49, i64 %2310
	%2312 = load i32, i32* %2311
	br label %2313

2313:
	%2314 = phi i32 [ 0, %2297 ], [ %2308, %2304 ]
	%2315 = phi i32 [ 0, %2297 ], [ %2312, %2304 ]
	%2316 = lshr i32 %2314, 8
	%2317 = and i32 %2316, 255
	%2318 = add i32 %2236, 160
	%2319 = icmp slt i32 %2318, %9
	br i1 %2319, label %2320, label %2329

2320:
	%2321 = mul i32 %2318, 2
	%2322 = sext i32 %2321 to i64
	%2323 = getelementptr i32, i32* %50, i64 %2322
	%2324 = load i32, i32* %2323
	%2325 = mul i32 %2318, 2
	%2326 = sext i32 %2325 to i64
	%2327 = getelementptr i32, i32* %49, i64 %2326
	%2328 = load i32, i32* %2327
	br label %2329

2329:
	%2330 = phi i32 [ 0, %2313 ], [ %2324, %2320 ]
	%2331 = phi i32 [ 0, %2313 ], [ %2328, %2320 ]
	%2332 = lshr i32 %2330, 8
	%2333 = and i32 %2332, 255
	%2334 = add i32 %2236, 192
	%2335 = icmp slt i32 %2334, %9
	br i1 %2335, label %2336, label %2345

2336:
	%2337 = mul i32 %2334, 2
	%2338 = sext i32 %2337 to i64
	%2339 = getelementptr i32, i32* %50, i64 %2338
	%2340 = load i32, i32* %2339
	%2341 = mul i32 %2334, 2
	%2342 = sext i32 %2341 to i64
	%2343 = getelementptr i32, i32* %49, i64 %2342
	%2344 = load i32, i32* %2343
	br label %2345

2345:
	%2346 = phi i32 [ 0, %2329 ], [ %2340, %2336 ]
	%2347 = phi i32 [ 0, %2329 ], [ %2344, %2336 ]
	%2348 = lshr i32 %2346, 8
	%2349 = and i32 %2348, 255
	%2350 = add i32 %2236, 224
	%2351 = icmp slt i32 %2350, %9
	br i1 %2351, label %2352, label %2361

2352:
	%2353 = mul i32 %2350, 2
	%2354 = sext i32 %2353 to i64
	%2355 = getelementptr i32, i32* %50, i64 %2354
	%2356 = load i32, i32* %2355
	%2357 = mul i32 %2350, 2
	%2358 = sext i32 %2357 to i64
	%2359 = getelementptr i32, i32* %49, i64 %2358
	%2360 = load i32, i32* %2359
	br label %2361

2361:
	%2362 = phi i32 [ 0, %2345 ], [ %2356, %2352 ]
	%2363 = phi i32 [ 0, %2345 ], [ %2360, %2352 ]
	%2364 = lshr i32 %2362, 8
	%2365 = and i32 %2364, 255
	%2366 = select i1 %2238, i32 %2253, i32 256
	%2367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2366)
	%2368 = and i32 %2367, %1430
	%2369 = call i32 @llvm.ctpop.i32(i32 %2368)
	br i1 %2238, label %2370, label %2375

2370:
	%2371 = mul i32 %4, 256
	%2372 = add i32 %2371, %2253
	%2373 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2372
	%2374 = load i32, i32 addrspace(3)* %2373
	br label %2375

2375:
	%2376 = phi i32 [ 0, %2361 ], [ %2374, %2370 ]
	%2377 = add i32 %2376, %2369
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2378 = icmp eq i32 %2369, 0
	%2379 = and i1 %2238, %2378
	br i1 %2379, label %2380, label %2386

2380:
	%2381 = call i32 @llvm.ctpop.i32(i32 %2367)
	%2382 = add i32 %2376, %2381
	%2383 = mul i32 %4, 256
	%2384 = add i32 %2383, %2253
	%2385 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2384
	store i32 %2382, i32 addrspace(3)* %2385
	br label %2386

2386:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2387 = select i1 %2255, i32 %2269, i32 256
	%2388 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2387)
	%2389 = and i32 %2388, %1430
	%2390 = call i32 @llvm.ctpop.i32(i32 %2389)
	br i1 %2255, label %2391, label %2396

2391:
	%2392 = mul i32 %4, 256
	%2393 = add i32 %2392, %2269
	%2394 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2393
	%2395 = load i32, i32 addrspace(3)* %2394
	br label %2396

2396:
	%2397 = phi i32 [ 0, %2386 ], [ %2395, %2391 ]
	%2398 = add i32 %2397, %2390
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2399 = icmp eq i32 %2390, 0
	%2400 = and i1 %2255, %2399
	br i1 %2400, label %2401, label %2407

2401:
	%2402 = call i32 @llvm.ctpop.i32(i32 %2388)
	%2403 = add i32 %2397, %2402
	%2404 = mul i32 %4, 256
	%2405 = add i32 %2404, %2269
	%2406 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2405
	store i32 %2403, i32 addrspace(3)* %2406
	br label %2407

2407:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2408 = select i1 %2271, i32 %2285, i32 256
	%2409 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2408)
	%2410 = and i32 %2409, %1430
	%2411 = call i32 @llvm.ctpop.i32(i32 %2410)
	br i1 %2271, label %2412, label %2417

2412:
	%2413 = mul i32 %4, 256
	%2414 = add i32 %2413, %2285
	%2415 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2414
	%2416 = load i32, i32 addrspace(3)* %2415
	br label %2417

2417:
	%2418 = phi i32 [ 0, %2407 ], [ %2416, %2412 ]
	%2419 = add i32 %2418, %2411
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2420 = icmp eq i32 %2411, 0
	%2421 = and i1 %2271, %2420
	br i1 %2421, label %2422, label %2428

2422:
	%2423 = call i32 @llvm.ctpop.i32(i32 %2409)
	%2424 = add i32 %2418, %2423
	%2425 = mul i32 %4, 256
	%2426 = add i32 %2425, %2285
	%2427 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2426
	store i32 %2424, i32 addrspace(3)* %2427
	br label %2428

2428:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2429 = select i1 %2287, i32 %2301, i32 256
	%2430 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2429)
	%2431 = and i32 %2430, %1430
	%2432 = call i32 @llvm.ctpop.i32(i32 %2431)
	br i1 %2287, label %2433, label %2438

2433:
	%2434 = mul i32 %4, 256
	%2435 = add i32 %2434, %2301
	%2436 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2435
	%2437 = load i32, i32 addrspace(3)* %2436
	br label %2438

2438:
	%2439 = phi i32 [ 0, %2428 ], [ %2437, %2433 ]
	%2440 = add i32 %2439, %2432
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2441 = icmp eq i32 %2432, 0
	%2442 = and i1 %2287, %2441
	br i1 %2442, label %2443, label %2449

2443:
	%2444 = call i32 @llvm.ctpop.i32(i32 %2430)
	%2445 = add i32 %2439, %2444
	%2446 = mul i32 %4, 256
	%2447 = add i32 %2446, %2301
	%2448 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2447
	store i32 %2445, i32 addrspace(3)* %2448
	br label %2449

2449:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2450 = select i1 %2303, i32 %2317, i32 256
	%2451 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2450)
	%2452 = and i32 %2451, %1430
	%2453 = call i32 @llvm.ctpop.i32(i32 %2452)
	br i1 %2303, label %2454, label %2459

2454:
	%2455 = mul i32 %4, 256
	%2456 = add i32 %2455, %2317
	%2457 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2456
	%2458 = load i32, i32 addrspace(3)* %2457
	br label %2459

2459:
	%2460 = phi i32 [ 0, %2449 ], [ %2458, %2454 ]
	%2461 = add i32 %2460, %2453
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2462 = icmp eq i32 %2453, 0
	%2463 = and i1 %2303, %2462
	br i1 %2463, label %2464, label %2470

2464:
	%2465 = call i32 @llvm.ctpop.i32(i32 %2451)
	%2466 = add i32 %2460, %2465
	%2467 = mul i32 %4, 256
	%2468 = add i32 %2467, %2317
	%2469 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2468
	store i32 %2466, i32 addrspace(3)* %2469
	br label %2470

2470:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2471 = select i1 %2319, i32 %2333, i32 256
	%2472 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2471)
	%2473 = and i32 %2472, %1430
	%2474 = call i32 @llvm.ctpop.i32(i32 %2473)
	br i1 %2319, label %2475, label %2480

2475:
	%2476 = mul i32 %4, 256
	%2477 = add i32 %2476, %2333
	%2478 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2477
	%2479 = load i32, i32 addrspace(3)* %2478
	br label %2480

2480:
	%2481 = phi i32 [ 0, %2470 ], [ %2479, %2475 ]
	%2482 = add i32 %2481, %2474
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2483 = icmp eq i32 %2474, 0
	%2484 = and i1 %2319, %2483
	br i1 %2484, label %2485, label %2491

2485:
	%2486 = call i32 @llvm.ctpop.i32(i32 %2472)
	%2487 = add i32 %2481, %2486
	%2488 = mul i32 %4, 256
	%2489 = add i32 %2488, %2333
	%2490 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2489
	store i32 %2487, i32 addrspace(3)* %2490
	br label %2491

2491:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2492 = select i1 %2335, i32 %2349, i32 256
	%2493 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2492)
	%2494 = and i32 %2493, %1430
	%2495 = call i32 @llvm.ctpop.i32(i32 %2494)
	br i1 %2335, label %2496, label %2501

2496:
	%2497 = mul i32 %4, 256
	%2498 = add i32 %2497, %2349
	%2499 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2498
	%2500 = load i32, i32 addrspace(3)* %2499
	br label %2501

2501:
	%2502 = phi i32 [ 0, %2491 ], [ %2500, %2496 ]
	%2503 = add i32 %2502, %2495
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2504 = icmp eq i32 %2495, 0
	%2505 = and i1 %2335, %2504
	br i1 %2505, label %2506, label %2512

2506:
	%2507 = call i32 @llvm.ctpop.i32(i32 %2493)
	%2508 = add i32 %2502, %2507
	%2509 = mul i32 %4, 256
	%2510 = add i32 %2509, %2349
	%2511 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2510
	store i32 %2508, i32 addrspace(3)* %2511
	br label %2512

2512:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2513 = select i1 %2351, i32 %2365, i32 256
	%2514 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2513)
	%2515 = and i32 %2514, %1430
	%2516 = call i32 @llvm.ctpop.i32(i32 %2515)
	br i1 %2351, label %2517, label %2522

2517:
	%2518 = mul i32 %4, 256
	%2519 = add i32 %2518, %2365
	%2520 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2519
	%2521 = load i32, i32 addrspace(3)* %2520
	br label %2522

2522:
	%2523 = phi i32 [ 0, %2512 ], [ %2521, %2517 ]
	%2524 = add i32 %2523, %2516
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2525 = icmp eq i32 %2516, 0
	%2526 = and i1 %2351, %2525
	br i1 %2526, label %2527, label %2533

2527:
	%2528 = call i32 @llvm.ctpop.i32(i32 %2514)
	%2529 = add i32 %2523, %2528
	%2530 = mul i32 %4, 256
	%2531 = add i32 %2530, %2365
	%2532 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2531
	store i32 %2529, i32 addrspace(3)* %2532
	br label %2533

2533:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%2534 = mul i32 0, 256
	%2535 = add i32 %2534, %0
	%2536 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2535
	%2537 = load i32, i32 addrspace(3)* %2536
	%2538 = mul i32 0, 256
	%2539 = add i32 %2538, %0
	%2540 = add i32 2048, %2539
	%2541 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2540
	store i32 0, i32 addrspace(3)* %2541
	%2542 = mul i32 0, 256
	%2543 = add i32 %2542, %0
	%2544 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2543
	store i32 0, i32 addrspace(3)* %2544
	%2545 = add i32 0, %2537
	%2546 = mul i32 1, 256
	%2547 = add i32 %2546, %0
	%2548 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2547
	%2549 = load i32, i32 addrspace(3)* %2548
	%2550 = mul i32 1, 256
	%2551 = add i32 %2550, %0
	%2552 = add i32 2048, %2551
	%2553 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2552
	store i32 %2545, i32 addrspace(3)* %2553
	%2554 = mul i32 1, 256
	%2555 = add i32 %2554, %0
	%2556 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2555
	store i32 0, i32 addrspace(3)* %2556
	%2557 = add i32 %2545, %2549
	%2558 = mul i32 2, 256
	%2559 = add i32 %2558, %0
	%2560 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2559
	%2561 = load i32, i32 addrspace(3)* %2560
	%2562 = mul i32 2, 256
	%2563 = add i32 %2562, %0
	%2564 = add i32 2048, %2563
	%2565 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2564
	store i32 %2557, i32 addrspace(3)* %2565
	%2566 = mul i32 2, 256
	%2567 = add i32 %2566, %0
	%2568 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2567
	store i32 0, i32 addrspace(3)* %2568
	%2569 = add i32 %2557, %2561
	%2570 = mul i32 3, 256
	%2571 = add i32 %2570, %0
	%2572 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2571
	%2573 = load i32, i32 addrspace(3)* %2572
	%2574 = mul i32 3, 256
	%2575 = add i32 %2574, %0
	%2576 = add i32 2048, %2575
	%2577 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2576
	store i32 %2569, i32 addrspace(3)* %2577
	%2578 = mul i32 3, 256
	%2579 = add i32 %2578, %0
	%2580 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2579
	store i32 0, i32 addrspace(3)* %2580
	%2581 = add i32 %2569, %2573
	%2582 = mul i32 4, 256
	%2583 = add i32 %2582, %0
	%2584 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2583
	%2585 = load i32, i32 addrspace(3)* %2584
	%2586 = mul i32 4, 256
	%2587 = add i32 %2586, %0
	%2588 = add i32 2048, %2587
	%2589 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2588
	store i32 %2581, i32 addrspace(3)* %2589
	%2590 = mul i32 4, 256
	%2591 = add i32 %2590, %0
	%2592 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2591
	store i32 0, i32 addrspace(3)* %2592
	%2593 = add i32 %2581, %2585
	%2594 = mul i32 5, 256
	%2595 = add i32 %2594, %0
	%2596 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2595
	%2597 = load i32, i32 addrspace(3)* %2596
	%2598 = mul i32 5, 256
	%2599 = add i32 %2598, %0
	%2600 = add i32 2048, %2599
	%2601 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2600
	store i32 %2593, i32 addrspace(3)* %2601
	%2602 = mul i32 5, 256
	%2603 = add i32 %2602, %0
	%2604 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2603
	store i32 0, i32 addrspace(3)* %2604
	%2605 = add i32 %2593, %2597
	%2606 = mul i32 6, 256
	%2607 = add i32 %2606, %0
	%2608 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2607
	%2609 = load i32, i32 addrspace(3)* %2608
	%2610 = mul i32 6, 256
	%2611 = add i32 %2610, %0
	%2612 = add i32 2048, %2611
	%2613 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2612
	store i32 %2605, i32 addrspace(3)* %2613
	%2614 = mul i32 6, 256
	%2615 = add i32 %2614, %0
	%2616 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2615
	store i32 0, i32 addrspace(3)* %2616
	%2617 = add i32 %2605, %2609
	%2618 = mul i32 7, 256
	%2619 = add i32 %2618, %0
	%2620 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2619
	%2621 = load i32, i32 addrspace(3)* %2620
	%2622 = mul i32 7, 256
	%2623 = add i32 %2622, %0
	%2624 = add i32 2048, %2623
	%2625 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2624
	store i32 %2617, i32 addrspace(3)* %2625
	%2626 = mul i32 7, 256
	%2627 = add i32 %2626, %0
	%2628 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2627
	store i32 0, i32 addrspace(3)* %2628
	%2629 = add i32 %2617, %2621
	call void @llvm.nvvm.barrier0()
	%2630 = select i1 %2238, i32 %2253, i32 0
	%2631 = mul i32 %4, 256
	%2632 = add i32 %2631, %2630
	%2633 = add i32 2048, %2632
	%2634 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2633
	%2635 = load i32, i32 addrspace(3)* %2634
	%2636 = add i32 %2377, %2635
	%2637 = select i1 %2255, i32 %2269, i32 0
	%2638 = mul i32 %4, 256
	%2639 = add i32 %2638, %2637
	%2640 = add i32 2048, %2639
	%2641 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2640
	%2642 = load i32, i32 addrspace(3)* %2641
	%2643 = add i32 %2398, %2642
	%2644 = select i1 %2271, i32 %2285, i32 0
	%2645 = mul i32 %4, 256
	%2646 = add i32 %2645, %2644
	%2647 = add i32 2048, %2646
	%2648 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2647
	%2649 = load i32, i32 addrspace(3)* %2648
	%2650 = add i32 %2419, %2649
	%2651 = select i1 %2287, i32 %2301, i32 0
	%2652 = mul i32 %4, 256
	%2653 = add i32 %2652, %2651
	%2654 = add i32 2048, %2653
	%2655 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2654
	%2656 = load i32, i32 addrspace(3)* %2655
	%2657 = add i32 %2440, %2656
	%2658 = select i1 %2303, i32 %2317, i32 0
	%2659 = mul i32 %4, 256
	%2660 = add i32 %2659, %2658
	%2661 = add i32 2048, %2660
	%2662 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2661
	%2663 = load i32, i32 addrspace(3)* %2662
	%2664 = add i32 %2461, %2663
	%2665 = select i1 %2319, i32 %2333, i32 0
	%2666 = mul i32 %4, 256
	%2667 = add i32 %2666, %2665
	%2668 = add i32 2048, %2667
	%2669 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2668
	%2670 = load i32, i32 addrspace(3)* %2669
	%2671 = add i32 %2482, %2670
	%2672 = select i1 %2335, i32 %2349, i32 0
	%2673 = mul i32 %4, 256
	%2674 = add i32 %2673, %2672
	%2675 = add i32 2048, %2674
	%2676 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2675
	%2677 = load i32, i32 addrspace(3)* %2676
	%2678 = add i32 %2503, %2677
	%2679 = select i1 %2351, i32 %2365, i32 0
	%2680 = mul i32 %4, 256
	%2681 = add i32 %2680, %2679
	%2682 = add i32 2048, %2681
	%2683 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2682
	%2684 = load i32, i32 addrspace(3)* %2683
	%2685 = add i32 %2524, %2684
	%2686 = and i32 %0, 31
	%2687 = lshr i32 %0, 5
	%2688 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2629, i32 1, i32 0)
	%2689 = icmp uge i32 %2686, 1
	%2690 = select i1 %2689, i32 %2688, i32 0
	%2691 = add i32 %2629, %2690
	%2692 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2691, i32 2, i32 0)
	%2693 = icmp uge i32 %2686, 2
	%2694 = select i1 %2693, i32 %2692, i32 0
	%2695 = add i32 %2691, %2694
	%2696 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2695, i32 4, i32 0)
	%2697 = icmp uge i32 %2686, 4
	%2698 = select i1 %2697, i32 %2696, i32 0
	%2699 = add i32 %2695, %2698
	%2700 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2699, i32 8, i32 0)
	%2701 = icmp uge i32 %2686, 8
	%2702 = select i1 %2701, i32 %2700, i32 0
	%2703 = add i32 %2699, %2702
	%2704 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2703, i32 16, i32 0)
	%2705 = icmp uge i32 %2686, 16
	%2706 = select i1 %2705, i32 %2704, i32 0
	%2707 = add i32 %2703, %2706
	%2708 = icmp eq i32 %2686, 31
	br i1 %2708, label %2709, label %2711

2709:
	%2710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %2687
	store i32 %2707, i32 addrspace(3)* %2710
	br label %2711

2711:
	call void @llvm.nvvm.barrier0()
	%2712 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%2713 = load i32, i32 addrspace(3)* %2712
	%2714 = icmp sgt i32 %2687, 0
	%2715 = select i1 %2714, i32 %2713, i32 0
	%2716 = add i32 0, %2715
	%2717 = add i32 0, %2713
	%2718 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%2719 = load i32, i32 addrspace(3)* %2718
	%2720 = icmp sgt i32 %2687, 1
	%2721 = select i1 %2720, i32 %2719, i32 0
	%2722 = add i32 %2716, %2721
	%2723 = add i32 %2717, %2719
	%2724 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%2725 = load i32, i32 addrspace(3)* %2724
	%2726 = icmp sgt i32 %2687, 2
	%2727 = select i1 %2726, i32 %2725, i32 0
	%2728 = add i32 %2722, %2727
	%2729 = add i32 %2723, %2725
	%2730 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%2731 = load i32, i32 addrspace(3)* %2730
	%2732 = icmp sgt i32 %2687, 3
	%2733 = select i1 %2732, i32 %2731, i32 0
	%2734 = add i32 %2728, %2733
	%2735 = add i32 %2729, %2731
	%2736 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%2737 = load i32, i32 addrspace(3)* %2736
	%2738 = icmp sgt i32 %2687, 4
	%2739 = select i1 %2738, i32 %2737, i32 0
	%2740 = add i32 %2734, %2739
	%2741 = add i32 %2735, %2737
	%2742 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%2743 = load i32, i32 addrspace(3)* %2742
	%2744 = icmp sgt i32 %2687, 5
	%2745 = select i1 %2744, i32 %2743, i32 0
	%2746 = add i32 %2740, %2745
	%2747 = add i32 %2741, %2743
	%2748 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%2749 = load i32, i32 addrspace(3)* %2748
	%2750 = icmp sgt i32 %2687, 6
	%2751 = select i1 %2750, i32 %2749, i32 0
	%2752 = add i32 %2746, %2751
	%2753 = add i32 %2747, %2749
	%2754 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%2755 = load i32, i32 addrspace(3)* %2754
	%2756 = icmp sgt i32 %2687, 7
	%2757 = select i1 %2756, i32 %2755, i32 0
	%2758 = add i32 %2752, %2757
	%2759 = add i32 %2753, %2755
	%2760 = add i32 %2758, %2707
	%2761 = sub i32 %2760, %2629
	%2762 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %0
	store i32 %2761, i32 addrspace(3)* %2762
	call void @llvm.nvvm.barrier0()
	br i1 %2238, label %2763, label %2771

2763:
	%2764 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2253
	%2765 = load i32, i32 addrspace(3)* %2764
	%2766 = add i32 %2765, %2636
	%2767 = add i32 %2766, u0x1000
	%2768 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2767
	store i32 %2250, i32 addrspace(3)* %2768
	%2769 = add i32 %2766, 6144
	%2770 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2769
	store i32 %2251, i32 addrspace(3)* %2770
	br label %2771

2771:
	br i1 %2255, label %2772, label %2780

2772:
	%2773 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2269
	%2774 = load i32, i32 addrspace(3)* %2773
	%2775 = add i32 %2774, %2643
	%2776 = add i32 %2775, u0x1000
	%2777 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2776
	store i32 %2266, i32 addrspace(3)* %2777
	%2778 = add i32 %2775, 6144
	%2779 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2778
	store i32 %2267, i32 addrspace(3)* %2779
	br label %2780

2780:
	br i1 %2271, label %2781, label %2789

2781:
	%2782 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2285
	%2783 = load i32, i32 addrspace(3)* %2782
	%2784 = add i32 %2783, %2650
	%2785 = add i32 %2784, u0x1000
	%2786 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2785
	store i32 %2282, i32 addrspace(3)* %2786
	%2787 = add i32 %2784, 6144
	%2788 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2787
	store i32 %2283, i32 addrspace(3)* %2788
	br label %2789

2789:
	br i1 %2287, label %2790, label %2798

2790:
	%2791 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2301
	%2792 = load i32, i32 addrspace(3)* %2791
	%2793 = add i32 %2792, %2657
	%2794 = add i32 %2793, u0x1000
	%2795 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2794
	store i32 %2298, i32 addrspace(3)* %2795
	%2796 = add i32 %2793, 6144
	%2797 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2796
	store i32 %2299, i32 addrspace(3)* %2797
	br label %2798

2798:
	br i1 %2303, label %2799, label %2807

2799:
	%2800 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2317
	%2801 = load i32, i32 addrspace(3)* %2800
	%2802 = add i32 %2801, %2664
	%2803 = add i32 %2802, u0x1000
	%2804 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2803
	store i32 %2314, i32 addrspace(3)* %2804
	%2805 = add i32 %2802, 6144
	%2806 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2805
	store i32 %2315, i32 addrspace(3)* %2806
	br label %2807

2807:
	br i1 %2319, label %2808, label %2816

2808:
	%2809 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2333
	%2810 = load i32, i32 addrspace(3)* %2809
	%2811 = add i32 %2810, %2671
	%2812 = add i32 %2811, u0x1000
	%2813 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2812
	store i32 %2330, i32 addrspace(3)* %2813
	%2814 = add i32 %2811, 6144
	%2815 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2814
	store i32 %2331, i32 addrspace(3)* %2815
	br label %2816

2816:
	br i1 %2335, label %2817, label %2825

2817:
	%2818 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2349
	%2819 = load i32, i32 addrspace(3)* %2818
	%2820 = add i32 %2819, %2678
	%2821 = add i32 %2820, u0x1000
	%2822 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2821
	store i32 %2346, i32 addrspace(3)* %2822
	%2823 = add i32 %2820, 6144
	%2824 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2823
	store i32 %2347, i32 addrspace(3)* %2824
	br label %2825

2825:
	br i1 %2351, label %2826, label %2834

2826:
	%2827 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2365
	%2828 = load i32, i32 addrspace(3)* %2827
	%2829 = add i32 %2828, %2685
	%2830 = add i32 %2829, u0x1000
	%2831 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2830
	store i32 %2362, i32 addrspace(3)* %2831
	%2832 = add i32 %2829, 6144
	%2833 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2832
	store i32 %2363, i32 addrspace(3)* %2833
	br label %2834

2834:
	call void @llvm.nvvm.barrier0()
	%2835 = sub i32 %9, %2231
	%2836 = icmp slt i32 2048, %2835
	%2837 = select i1 %2836, i32 2048, i32 %2835
	%2838 = add i32 0, %0
	%2839 = icmp slt i32 %2838, %2837
	br i1 %2839, label %2840, label %2860

2840:
	%2841 = add i32 %2838, u0x1000
	%2842 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2841
	%2843 = load i32, i32 addrspace(3)* %2842
	%2844 = lshr i32 %2843, 8
	%2845 = and i32 %2844, 255
	%2846 = add i32 %2845, 256
	%2847 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2846
	%2848 = load i32, i32 addrspace(3)* %2847
	%2849 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2845
	%2850 = load i32, i32 addrspace(3)* %2849
	%2851 = sub i32 %2838, %2850
	%2852 = add i32 %2848, %2851
	%2853 = sext i32 %2852 to i64
	%2854 = getelementptr i32, i32* %44, i64 %2853
	store i32 %2843, i32* %2854
	%2855 = add i32 %2838, 6144
	%2856 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2855
	%2857 = load i32, i32 addrspace(3)* %2856
	%2858 = sext i32 %2852 to i64
	%2859 = getelementptr i32, i32* %15, i64 %2858
	store i32 %2857, i32* %2859
	br label %2860

2860:
	%2861 = add i32 256, %0
	%2862 = icmp slt i32 %2861, %2837
	br i1 %2862, label %2863, label %2883

2863:
	%2864 = add i32 %2861, u0x1000
	%2865 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2864
	%2866 = load i32, i32 addrspace(3)* %2865
	%2867 = lshr i32 %2866, 8
	%2868 = and i32 %2867, 255
	%2869 = add i32 %2868, 256
	%2870 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2869
	%2871 = load i32, i32 addrspace(3)* %2870
	%2872 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2868
	%2873 = load i32, i32 addrspace(3)* %2872
	%2874 = sub i32 %2861, %2873
	%2875 = add i32 %2871, %2874
	%2876 = sext i32 %2875 to i64
	%2877 = getelementptr i32, i32* %44, i64 %2876
	store i32 %2866, i32* %2877
	%2878 = add i32 %2861, 6144
	%2879 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2878
	%2880 = load i32, i32 addrspace(3)* %2879
	%2881 = sext i32 %2875 to i64
	%2882 = getelementptr i32, i32* %15, i64 %2881
	store i32 %2880, i32* %2882
	br label %2883

2883:
	%2884 = add i32 512, %0
	%2885 = icmp slt i32 %2884, %2837
	br i1 %2885, label %2886, label %2906

2886:
	%2887 = add i32 %2884, u0x1000
	%2888 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2887
	%2889 = load i32, i32 addrspace(3)* %2888
	%2890 = lshr i32 %2889, 8
	%2891 = and i32 %2890, 255
	%2892 = add i32 %2891, 256
	%2893 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2892
	%2894 = load i32, i32 addrspace(3)* %2893
	%2895 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2891
	%2896 = load i32, i32 addrspace(3)* %2895
	%2897 = sub i32 %2884, %2896
	%2898 = add i32 %2894, %2897
	%2899 = sext i32 %2898 to i64
	%2900 = getelementptr i32, i32* %44, i64 %2899
	store i32 %2889, i32* %2900
	%2901 = add i32 %2884, 6144
	%2902 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2901
	%2903 = load i32, i32 addrspace(3)* %2902
	%2904 = sext i32 %2898 to i64
	%2905 = getelementptr i32, i32* %15, i64 %2904
	store i32 %2903, i32* %2905
	br label %2906

2906:
	%2907 = add i32 768, %0
	%2908 = icmp slt i32 %2907, %2837
	br i1 %2908, label %2909, label %2929

2909:
	%2910 = add i32 %2907, u0x1000
	%2911 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2910
	%2912 = load i32, i32 addrspace(3)* %2911
	%2913 = lshr i32 %2912, 8
	%2914 = and i32 %2913, 255
	%2915 = add i32 %2914, 256
	%2916 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2915
	%2917 = load i32, i32 addrspace(3)* %2916
	%2918 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2914
	%2919 = load i32, i32 addrspace(3)* %2918
	%2920 = sub i32 %2907, %2919
	%2921 = add i32 %2917, %2920
	%2922 = sext i32 %2921 to i64
	%2923 = getelementptr i32, i32* %44, i64 %2922
	store i32 %2912, i32* %2923
	%2924 = add i32 %2907, 6144
	%2925 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2924
	%2926 = load i32, i32 addrspace(3)* %2925
	%2927 = sext i32 %2921 to i64
	%2928 = getelementptr i32, i32* %15, i64 %2927
	store i32 %2926, i32* %2928
	br label %2929

2929:
	%2930 = add i32 1024, %0
	%2931 = icmp slt i32 %2930, %2837
	br i1 %2931, label %2932, label %2952

2932:
	%2933 = add i32 %2930, u0x1000
	%2934 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2933
	%2935 = load i32, i32 addrspace(3)* %2934
	%2936 = lshr i32 %2935, 8
	%2937 = and i32 %2936, 255
	%2938 = add i32 %2937, 256
	%2939 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2938
	%2940 = load i32, i32 addrspace(3)* %2939
	%2941 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2937
	%2942 = load i32, i32 addrspace(3)* %2941
	%2943 = sub i32 %2930, %2942
	%2944 = add i32 %2940, %2943
	%2945 = sext i32 %2944 to i64
	%2946 = getelementptr i32, i32* %44, i64 %2945
	store i32 %2935, i32* %2946
	%2947 = add i32 %2930, 6144
	%2948 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2947
	%2949 = load i32, i32 addrspace(3)* %2948
	%2950 = sext i32 %2944 to i64
	%2951 = getelementptr i32, i32* %15, i64 %2950
	store i32 %2949, i32* %2951
	br label %2952

2952:
	%2953 = add i32 1280, %0
	%2954 = icmp slt i32 %2953, %2837
	br i1 %2954, label %2955, label %2975

2955:
	%2956 = add i32 %2953, u0x1000
	%2957 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2956
	%2958 = load i32, i32 addrspace(3)* %2957
	%2959 = lshr i32 %2958, 8
	%2960 = and i32 %2959, 255
	%2961 = add i32 %2960, 256
	%2962 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2961
	%2963 = load i32, i32 addrspace(3)* %2962
	%2964 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2960
	%2965 = load i32, i32 addrspace(3)* %2964
	%2966 = sub i32 %2953, %2965
	%2967 = add i32 %2963, %2966
	%2968 = sext i32 %2967 to i64
	%2969 = getelementptr i32, i32* %44, i64 %2968
	store i32 %2958, i32* %2969
	%2970 = add i32 %2953, 6144
	%2971 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2970
	%2972 = load i32, i32 addrspace(3)* %2971
	%2973 = sext i32 %2967 to i64
	%2974 = getelementptr i32, i32* %15, i64 %2973
	store i32 %2972, i32* %2974
	br label %2975

2975:
	%2976 = add i32 1536, %0
	%2977 = icmp slt i32 %2976, %2837
	br i1 %2977, label %2978, label %2998

2978:
	%2979 = add i32 %2976, u0x1000
	%2980 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2979
	%2981 = load i32, i32 addrspace(3)* %2980
	%2982 = lshr i32 %2981, 8
	%2983 = and i32 %2982, 255
	%2984 = add i32 %2983, 256
	%2985 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %2984
	%2986 = load i32, i32 addrspace(3)* %2985
	%2987 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %2983
	%2988 = load i32, i32 addrspace(3)* %2987
	%2989 = sub i32 %2976, %2988
	%2990 = add i32 %2986, %2989
	%2991 = sext i32 %2990 to i64
	%2992 = getelementptr i32, i32* %44, i64 %2991
	store i32 %2981, i32* %2992
	%2993 = add i32 %2976, 6144
	%2994 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %2993
	%2995 = load i32, i32 addrspace(3)* %2994
	%2996 = sext i32 %2990 to i64
	%2997 = getelementptr i32, i32* %15, i64 %2996
	store i32 %2995, i32* %2997
	br label %2998

2998:
	%2999 = add i32 1792, %0
	%3000 = icmp slt i32 %2999, %2837
	br i1 %3000, label %3001, label %3021

3001:
	%3002 = add i32 %2999, u0x1000
	%3003 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3002
	%3004 = load i32, i32 addrspace(3)* %3003
	%3005 = lshr i32 %3004, 8
	%3006 = and i32 %3005, 255
	%3007 = add i32 %3006, 256
	%3008 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3007
	%3009 = load i32, i32 addrspace(3)* %3008
	%3010 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3006
	%3011 = load i32, i32 addrspace(3)* %3010
	%3012 = sub i32 %2999, %3011
	%3013 = add i32 %3009, %3012
	%3014 = sext i32 %3013 to i64
	%3015 = getelementptr i32, i32* %44, i64 %3014
	store i32 %3004, i32* %3015
	%3016 = add i32 %2999, 6144
	%3017 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3016
	%3018 = load i32, i32 addrspace(3)* %3017
	%3019 = sext i32 %3013 to i64
	%3020 = getelementptr i32, i32* %15, i64 %3019
	store i32 %3018, i32* %3020
	br label %3021

3021:
	call void @llvm.nvvm.barrier0()
	%3022 = add i32 %0, 256
	%3023 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3022
	%3024 = load i32, i32 addrspace(3)* %3023
	%3025 = add i32 %3024, %2629
	%3026 = add i32 %0, 256
	%3027 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3026
	store i32 %3025, i32 addrspace(3)* %3027
	%3028 = add i32 %2231, 2048
	br label %2230

3029:
	%3030 = phi i32 [ 0, %2239 ], [ %3827, %3820 ]
	%3031 = icmp slt i32 %3030, %9
	br i1 %3031, label %3032, label %3038

3032:
	%3033 = mul i32 %4, 256
	%3034 = add i32 %3033, %3
	%3035 = add i32 %3030, %3034
	%3036 = add i32 %3035, 0
	%3037 = icmp slt i32 %3036, %9
	br i1 %3037, label %3039, label %3046

3038:
	call void @llvm.nvvm.barrier0()
	br label %3828

3039:
	%3040 = sext i32 %3036 to i64
	%3041 = getelementptr i32, i32* %44, i64 %3040
	%3042 = load i32, i32* %3041
	%3043 = sext i32 %3036 to i64
	%3044 = getelementptr i32, i32* %15, i64 %3043
	%3045 = load i32, i32* %3044
	br label %3046

3046:
	%3047 = phi i32 [ 0, %3032 ], [ %3042, %3039 ]
	%3048 = phi i32 [ 0, %3032 ], [ %3045, %3039 ]
	%3049 = lshr i32 %3047, 16
	%3050 = and i32 %3049, 255
	%3051 = add i32 %3035, 32
	%3052 = icmp slt i32 %3051, %9
	br i1 %3052, label %3053, label %3060

3053:
	%3054 = sext i32 %3051 to i64
	%3055 = getelementptr i32, i32* %44, i64 %3054
	%3056 = load i32, i32* %3055
	%3057 = sext i32 %3051 to i64
	%3058 = getelementptr i32, i32* %15, i64 %3057
	%3059 = load i32, i32* %3058
	br label %3060

3060:
	%3061 = phi i32 [ 0, %3046 ], [ %3056, %3053 ]
	%3062 = phi i32 [ 0, %3046 ], [ %3059, %3053 ]
	%3063 = lshr i32 %3061, 16
	%3064 = and i32 %3063, 255
	%3065 = add i32 %3035, 64
	%3066 = icmp slt i32 %3065, %9
	br i1 %3066, label %3067, label %3074

3067:
	%3068 = sext i32 %3065 to i64
	%3069 = getelementptr i32, i32* %44, i64 %3068
	%3070 = load i32, i32* %3069
	%3071 = sext i32 %3065 to i64
	%3072 = getelementptr i32, i32* %15, i64 %3071
	%3073 = load i32, i32* %3072
	br label %3074

3074:
	%3075 = phi i32 [ 0, %3060 ], [ %3070, %3067 ]
	%3076 = phi i32 [ 0, %3060 ], [ %3073, %3067 ]
	%3077 = lshr i32 %3075, 16
	%3078 = and i32 %3077, 255
	%3079 = add i32 %3035, 96
	%3080 = icmp slt i32 %3079, %9
	br i1 %3080, label %3081, label %3088

3081:
	%3082 = sext i32 %3079 to i64
	%3083 = getelementptr i32, i32* %44, i64 %3082
	%3084 = load i32, i32* %3083
	%3085 = sext i32 %3079 to i64
	%3086 = getelementptr i32, i32* %15, i64 %3085
	%3087 = load i32, i32* %3086
	br label %3088

3088:
	%3089 = phi i32 [ 0, %3074 ], [ %3084, %3081 ]
	%3090 = phi i32 [ 0, %3074 ], [ %3087, %3081 ]
	%3091 = lshr i32 %3089, 16
	%3092 = and i32 %3091, 255
	%3093 = add i32 %3035, 128
	%3094 = icmp slt i32 %3093, %9
	br i1 %3094, label %3095, label %3102

3095:
	%3096 = sext i32 %3093 to i64
	%3097 = getelementptr i32, i32* %44, i64 %3096
	%3098 = load i32, i32* %3097
	%3099 = sext i32 %3093 to i64
	%3100 = getelementptr i32, i32* %15, i64 %3099
	%3101 = load i32, i32* %3100
	br label %3102

3102:
	%3103 = phi i32 [ 0, %3088 ], [ %3098, %3095 ]
	%3104 = phi i32 [ 0, %3088 ], [ %3101, %3095 ]
	%3105 = lshr i32 %3103, 16
	%3106 = and i32 %3105, 255
	%3107 = add i32 %3035, 160
	%3108 = icmp slt i32 %3107, %9
	br i1 %3108, label %3109, label %3116

3109:
	%3110 = sext i32 %3107 to i64
	%3111 = getelementptr i32, i32* %44, i64 %3110
	%3112 = load i32, i32* %3111
	%3113 = sext i32 %3107 to i64
	%3114 = getelementptr i32, i32* %15, i64 %3113
	%3115 = load i32, i32* %3114
	br label %3116

3116:
	%3117 = phi i32 [ 0, %3102 ], [ %3112, %3109 ]
	%3118 = phi i32 [ 0, %3102 ], [ %3115, %3109 ]
	%3119 = lshr i32 %3117, 16
	%3120 = and i32 %3119, 255
	%3121 = add i32 %3035, 192
	%3122 = icmp slt i32 %3121, %9
	br i1 %3122, label %3123, label %3130

3123:
	%3124 = sext i32 %3121 to i64
	%3125 = getelementptr i32, i32* %44, i64 %3124
	%3126 = load i32, i32* %3125
	%3127 = sext i32 %3121 to i64
	%3128 = getelementptr i32, i32* %15, i64 %3127
	%3129 = load i32, i32* %3128
	br label %3130

3130:
	%3131 = phi i32 [ 0, %3116 ], [ %3126, %3123 ]
	%3132 = phi i32 [ 0, %3116 ], [ %3129, %3123 ]
	%3133 = lshr i32 %3131, 16
	%3134 = and i32 %3133, 255
	%3135 = add i32 %3035, 224
	%3136 = icmp slt i32 %3135, %9
	br i1 %3136, label %3137, label %3144

3137:
	%3138 = sext i32 %3135 to i64
	%3139 = getelementptr i32, i32* %44, i64 %3138
	%3140 = load i32, i32* %3139
	%3141 = sext i32 %3135 to i64
	%3142 = getelementptr i32, i32* %15, i64 %3141
	%3143 = load i32, i32* %3142
	br label %3144

3144:
	%3145 = phi i32 [ 0, %3130 ], [ %3140, %3137 ]
	%3146 = phi i32 [ 0, %3130 ], [ %3143, %3137 ]
	%3147 = lshr i32 %3145, 16
	%3148 = and i32 %3147, 255
	%3149 = select i1 %3037, i32 %3050, i32 256
	%3150 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3149)
	%3151 = and i32 %3150, %1430
	%3152 = call i32 @llvm.ctpop.i32(i32 %3151)
	br i1 %3037, label %3153, label %3158

3153:
	%3154 = mul i32 %4, 256
	%3155 = add i32 %3154, %3050
	%3156 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3155
	%3157 = load i32, i32 addrspace(3)* %3156
	br label %3158

3158:
	%3159 = phi i32 [ 0, %3144 ], [ %3157, %3153 ]
	%3160 = add i32 %3159, %3152
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3161 = icmp eq i32 %3152, 0
	%3162 = and i1 %3037, %3161
	br i1 %3162, label %3163, label %3169

3163:
	%3164 = call i32 @llvm.ctpop.i32(i32 %3150)
	%3165 = add i32 %3159, %3164
	%3166 = mul i32 %4, 256
	%3167 = add i32 %3166, %3050
	%3168 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3167
	store i32 %3165, i32 addrspace(3)* %3168
	br label %3169

3169:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3170 = select i1 %3052, i32 %3064, i32 256
	%3171 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3170)
	%3172 = and i32 %3171, %1430
	%3173 = call i32 @llvm.ctpop.i32(i32 %3172)
	br i1 %3052, label %3174, label %3179

3174:
	%3175 = mul i32 %4, 256
	%3176 = add i32 %3175, %3064
	%3177 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3176
	%3178 = load i32, i32 addrspace(3)* %3177
	br label %3179

3179:
	%3180 = phi i32 [ 0, %3169 ], [ %3178, %3174 ]
	%3181 = add i32 %3180, %3173
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3182 = icmp eq i32 %3173, 0
	%3183 = and i1 %3052, %3182
	br i1 %3183, label %3184, label %3190

3184:
	%3185 = call i32 @llvm.ctpop.i32(i32 %3171)
	%3186 = add i32 %3180, %3185
	%3187 = mul i32 %4, 256
	%3188 = add i32 %3187, %3064
	%3189 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3188
	store i32 %3186, i32 addrspace(3)* %3189
	br label %3190

3190:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3191 = select i1 %3066, i32 %3078, i32 256
	%3192 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3191)
	%3193 = and i32 %3192, %1430
	%3194 = call i32 @llvm.ctpop.i32(i32 %3193)
	br i1 %3066, label %3195, label %3200

3195:
	%3196 = mul i32 %4, 256
	%3197 = add i32 %3196, %3078
	%3198 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3197
	%3199 = load i32, i32 addrspace(3)* %3198
	br label %3200

3200:
	%3201 = phi i32 [ 0, %3190 ], [ %3199, %3195 ]
	%3202 = add i32 %3201, %3194
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3203 = icmp eq i32 %3194, 0
	%3204 = and i1 %3066, %3203
	br i1 %3204, label %3205, label %3211

3205:
	%3206 = call i32 @llvm.ctpop.i32(i32 %3192)
	%3207 = add i32 %3201, %3206
	%3208 = mul i32 %4, 256
	%3209 = add i32 %3208, %3078
	%3210 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3209
	store i32 %3207, i32 addrspace(3)* %3210
	br label %3211

3211:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3212 = select i1 %3080, i32 %3092, i32 256
	%3213 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3212)
	%3214 = and i32 %3213, %1430
	%3215 = call i32 @llvm.ctpop.i32(i32 %3214)
	br i1 %3080, label %3216, label %3221

3216:
	%3217 = mul i32 %4, 256
	%3218 = add i32 %3217, %3092
	%3219 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3218
	%3220 = load i32, i32 addrspace(3)* %3219
	br label %3221

3221:
	%3222 = phi i32 [ 0, %3211 ], [ %3220, %3216 ]
	%3223 = add i32 %3222, %3215
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3224 = icmp eq i32 %3215, 0
	%3225 = and i1 %3080, %3224
	br i1 %3225, label %3226, label %3232

3226:
	%3227 = call i32 @llvm.ctpop.i32(i32 %3213)
	%3228 = add i32 %3222, %3227
	%3229 = mul i32 %4, 256
	%3230 = add i32 %3229, %3092
	%3231 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3230
	store i32 %3228, i32 addrspace(3)* %3231
	br label %3232

3232:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3233 = select i1 %3094, i32 %3106, i32 256
	%3234 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3233)
	%3235 = and i32 %3234, %1430
	%3236 = call i32 @llvm.ctpop.i32(i32 %3235)
	br i1 %3094, label %3237, label %3242

3237:
	%3238 = mul i32 %4, 256
	%3239 = add i32 %3238, %3106
	%3240 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3239
	%3241 = load i32, i32 addrspace(3)* %3240
	br label %3242

3242:
	%3243 = phi i32 [ 0, %3232 ], [ %3241, %3237 ]
	%3244 = add i32 %3243, %3236
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3245 = icmp eq i32 %3236, 0
	%3246 = and i1 %3094, %3245
	br i1 %3246, label %3247, label %3253

3247:
	%3248 = call i32 @llvm.ctpop.i32(i32 %3234)
	%3249 = add i32 %3243, %3248
	%3250 = mul i32 %4, 256
	%3251 = add i32 %3250, %3106
	%3252 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3251
	store i32 %3249, i32 addrspace(3)* %3252
	br label %3253

3253:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3254 = select i1 %3108, i32 %3120, i32 256
	%3255 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3254)
	%3256 = and i32 %3255, %1430
	%3257 = call i32 @llvm.ctpop.i32(i32 %3256)
	br i1 %3108, label %3258, label %3263

3258:
	%3259 = mul i32 %4, 256
	%3260 = add i32 %3259, %3120
	%3261 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3260
	%3262 = load i32, i32 addrspace(3)* %3261
	br label %3263

3263:
	%3264 = phi i32 [ 0, %3253 ], [ %3262, %3258 ]
	%3265 = add i32 %3264, %3257
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3266 = icmp eq i32 %3257, 0
	%3267 = and i1 %3108, %3266
	br i1 %3267, label %3268, label %3274

3268:
	%3269 = call i32 @llvm.ctpop.i32(i32 %3255)
	%3270 = add i32 %3264, %3269
	%3271 = mul i32 %4, 256
	%3272 = add i32 %3271, %3120
	%3273 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3272
	store i32 %3270, i32 addrspace(3)* %3273
	br label %3274

3274:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3275 = select i1 %3122, i32 %3134, i32 256
	%3276 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3275)
	%3277 = and i32 %3276, %1430
	%3278 = call i32 @llvm.ctpop.i32(i32 %3277)
	br i1 %3122, label %3279, label %3284

3279:
	%3280 = mul i32 %4, 256
	%3281 = add i32 %3280, %3134
	%3282 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3281
	%3283 = load i32, i32 addrspace(3)* %3282
	br label %3284

3284:
	%3285 = phi i32 [ 0, %3274 ], [ %3283, %3279 ]
	%3286 = add i32 %3285, %3278
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3287 = icmp eq i32 %3278, 0
	%3288 = and i1 %3122, %3287
	br i1 %3288, label %3289, label %3295

3289:
	%3290 = call i32 @llvm.ctpop.i32(i32 %3276)
	%3291 = add i32 %3285, %3290
	%3292 = mul i32 %4, 256
	%3293 = add i32 %3292, %3134
	%3294 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3293
	store i32 %3291, i32 addrspace(3)* %3294
	br label %3295

3295:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3296 = select i1 %3136, i32 %3148, i32 256
	%3297 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3296)
	%3298 = and i32 %3297, %1430
	%3299 = call i32 @llvm.ctpop.i32(i32 %3298)
	br i1 %3136, label %3300, label %3305

3300:
	%3301 = mul i32 %4, 256
	%3302 = add i32 %3301, %3148
	%3303 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3302
	%3304 = load i32, i32 addrspace(3)* %3303
	br label %3305

3305:
	%3306 = phi i32 [ 0, %3295 ], [ %3304, %3300 ]
	%3307 = add i32 %3306, %3299
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3308 = icmp eq i32 %3299, 0
	%3309 = and i1 %3136, %3308
	br i1 %3309, label %3310, label %3316

3310:
	%3311 = call i32 @llvm.ctpop.i32(i32 %3297)
	%3312 = add i32 %3306, %3311
	%3313 = mul i32 %4, 256
	%3314 = add i32 %3313, %3148
	%3315 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3314
	store i32 %3312, i32 addrspace(3)* %3315
	br label %3316

3316:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%3317 = mul i32 0, 256
	%3318 = add i32 %3317, %0
	%3319 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3318
	%3320 = load i32, i32 addrspace(3)* %3319
	%3321 = mul i32 0, 256
	%3322 = add i32 %3321, %0
	%3323 = add i32 2048, %3322
	%3324 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3323
	store i32 0, i32 addrspace(3)* %3324
	%3325 = mul i32 0, 256
	%3326 = add i32 %3325, %0
	%3327 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3326
	store i32 0, i32 addrspace(3)* %3327
	%3328 = add i32 0, %3320
	%3329 = mul i32 1, 256
	%3330 = add i32 %3329, %0
	%3331 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3330
	%3332 = load i32, i32 addrspace(3)* %3331
	%3333 = mul i32 1, 256
	%3334 = add i32 %3333, %0
	%3335 = add i32 2048, %3334
	%3336 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3335
	store i32 %3328, i32 addrspace(3)* %3336
	%3337 = mul i32 1, 256
	%3338 = add i32 %3337, %0
	%3339 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3338
	store i32 0, i32 addrspace(3)* %3339
	%3340 = add i32 %3328, %3332
	%3341 = mul i32 2, 256
	%3342 = add i32 %3341, %0
	%3343 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3342
	%3344 = load i32, i32 addrspace(3)* %3343
	%3345 = mul i32 2, 256
	%3346 = add i32 %3345, %0
	%3347 = add i32 2048, %3346
	%3348 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3347
	store i32 %3340, i32 addrspace(3)* %3348
	%3349 = mul i32 2, 256
	%3350 = add i32 %3349, %0
	%3351 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3350
	store i32 0, i32 addrspace(3)* %3351
	%3352 = add i32 %3340, %3344
	%3353 = mul i32 3, 256
	%3354 = add i32 %3353, %0
	%3355 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3354
	%3356 = load i32, i32 addrspace(3)* %3355
	%3357 = mul i32 3, 256
	%3358 = add i32 %3357, %0
	%3359 = add i32 2048, %3358
	%3360 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3359
	store i32 %3352, i32 addrspace(3)* %3360
	%3361 = mul i32 3, 256
	%3362 = add i32 %3361, %0
	%3363 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3362
	store i32 0, i32 addrspace(3)* %3363
	%3364 = add i32 %3352, %3356
	%3365 = mul i32 4, 256
	%3366 = add i32 %3365, %0
	%3367 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3366
	%3368 = load i32, i32 addrspace(3)* %3367
	%3369 = mul i32 4, 256
	%3370 = add i32 %3369, %0
	%3371 = add i32 2048, %3370
	%3372 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3371
	store i32 %3364, i32 addrspace(3)* %3372
	%3373 = mul i32 4, 256
	%3374 = add i32 %3373, %0
	%3375 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3374
	store i32 0, i32 addrspace(3)* %3375
	%3376 = add i32 %3364, %3368
	%3377 = mul i32 5, 256
	%3378 = add i32 %3377, %0
	%3379 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3378
	%3380 = load i32, i32 addrspace(3)* %3379
	%3381 = mul i32 5, 256
	%3382 = add i32 %3381, %0
	%3383 = add i32 2048, %3382
	%3384 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3383
	store i32 %3376, i32 addrspace(3)* %3384
	%3385 = mul i32 5, 256
	%3386 = add i32 %3385, %0
	%3387 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3386
	store i32 0, i32 addrspace(3)* %3387
	%3388 = add i32 %3376, %3380
	%3389 = mul i32 6, 256
	%3390 = add i32 %3389, %0
	%3391 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3390
	%3392 = load i32, i32 addrspace(3)* %3391
	%3393 = mul i32 6, 256
	%3394 = add i32 %3393, %0
	%3395 = add i32 2048, %3394
	%3396 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3395
	store i32 %3388, i32 addrspace(3)* %3396
	%3397 = mul i32 6, 256
	%3398 = add i32 %3397, %0
	%3399 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3398
	store i32 0, i32 addrspace(3)* %3399
	%3400 = add i32 %3388, %3392
	%3401 = mul i32 7, 256
	%3402 = add i32 %3401, %0
	%3403 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3402
	%3404 = load i32, i32 addrspace(3)* %3403
	%3405 = mul i32 7, 256
	%3406 = add i32 %3405, %0
	%3407 = add i32 2048, %3406
	%3408 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3407
	store i32 %3400, i32 addrspace(3)* %3408
	%3409 = mul i32 7, 256
	%3410 = add i32 %3409, %0
	%3411 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3410
	store i32 0, i32 addrspace(3)* %3411
	%3412 = add i32 %3400, %3404
	call void @llvm.nvvm.barrier0()
	%3413 = select i1 %3037, i32 %3050, i32 0
	%3414 = mul i32 %4, 256
	%3415 = add i32 %3414, %3413
	%3416 = add i32 2048, %3415
	%3417 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3416
	%3418 = load i32, i32 addrspace(3)* %3417
	%3419 = add i32 %3160, %3418
	%3420 = select i1 %3052, i32 %3064, i32 0
	%3421 = mul i32 %4, 256
	%3422 = add i32 %3421, %3420
	%3423 = add i32 2048, %3422
	%3424 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3423
	%3425 = load i32, i32 addrspace(3)* %3424
	%3426 = add i32 %3181, %3425
	%3427 = select i1 %3066, i32 %3078, i32 0
	%3428 = mul i32 %4, 256
	%3429 = add i32 %3428, %3427
	%3430 = add i32 2048, %3429
	%3431 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3430
	%3432 = load i32, i32 addrspace(3)* %3431
	%3433 = add i32 %3202, %3432
	%3434 = select i1 %3080, i32 %3092, i32 0
	%3435 = mul i32 %4, 256
	%3436 = add i32 %3435, %3434
	%3437 = add i32 2048, %3436
	%3438 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3437
	%3439 = load i32, i32 addrspace(3)* %3438
	%3440 = add i32 %3223, %3439
	%3441 = select i1 %3094, i32 %3106, i32 0
	%3442 = mul i32 %4, 256
	%3443 = add i32 %3442, %3441
	%3444 = add i32 2048, %3443
	%3445 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3444
	%3446 = load i32, i32 addrspace(3)* %3445
	%3447 = add i32 %3244, %3446
	%3448 = select i1 %3108, i32 %3120, i32 0
	%3449 = mul i32 %4, 256
	%3450 = add i32 %3449, %3448
	%3451 = add i32 2048, %3450
	%3452 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3451
	%3453 = load i32, i32 addrspace(3)* %3452
	%3454 = add i32 %3265, %3453
	%3455 = select i1 %3122, i32 %3134, i32 0
	%3456 = mul i32 %4, 256
	%3457 = add i32 %3456, %3455
	%3458 = add i32 2048, %3457
	%3459 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3458
	%3460 = load i32, i32 addrspace(3)* %3459
	%3461 = add i32 %3286, %3460
	%3462 = select i1 %3136, i32 %3148, i32 0
	%3463 = mul i32 %4, 256
	%3464 = add i32 %3463, %3462
	%3465 = add i32 2048, %3464
	%3466 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3465
	%3467 = load i32, i32 addrspace(3)* %3466
	%3468 = add i32 %3307, %3467
	%3469 = and i32 %0, 31
	%3470 = lshr i32 %0, 5
	%3471 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3412, i32 1, i32 0)
	%3472 = icmp uge i32 %3469, 1
	%3473 = select i1 %3472, i32 %3471, i32 0
	%3474 = add i32 %3412, %3473
	%3475 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3474, i32 2, i32 0)
	%3476 = icmp uge i32 %3469, 2
	%3477 = select i1 %3476, i32 %3475, i32 0
	%3478 = add i32 %3474, %3477
	%3479 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3478, i32 4, i32 0)
	%3480 = icmp uge i32 %3469, 4
	%3481 = select i1 %3480, i32 %3479, i32 0
	%3482 = add i32 %3478, %3481
	%3483 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3482, i32 8, i32 0)
	%3484 = icmp uge i32 %3469, 8
	%3485 = select i1 %3484, i32 %3483, i32 0
	%3486 = add i32 %3482, %3485
	%3487 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3486, i32 16, i32 0)
	%3488 = icmp uge i32 %3469, 16
	%3489 = select i1 %3488, i32 %3487, i32 0
	%3490 = add i32 %3486, %3489
	%3491 = icmp eq i32 %3469, 31
	br i1 %3491, label %3492, label %3494

3492:
	%3493 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %3470
	store i32 %3490, i32 addrspace(3)* %3493
	br label %3494

3494:
	call void @llvm.nvvm.barrier0()
	%3495 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%3496 = load i32, i32 addrspace(3)* %3495
	%3497 = icmp sgt i32 %3470, 0
	%3498 = select i1 %3497, i32 %3496, i32 0
	%3499 = add i32 0, %3498
	%3500 = add i32 0, %3496
	%3501 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%3502 = load i32, i32 addrspace(3)* %3501
	%3503 = icmp sgt i32 %3470, 1
	%3504 = select i1 %3503, i32 %3502, i32 0
	%3505 = add i32 %3499, %3504
	%3506 = add i32 %3500, %3502
	%3507 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%3508 = load i32, i32 addrspace(3)* %3507
	%3509 = icmp sgt i32 %3470, 2
	%3510 = select i1 %3509, i32 %3508, i32 0
	%3511 = add i32 %3505, %3510
	%3512 = add i32 %3506, %3508
	%3513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%3514 = load i32, i32 addrspace(3)* %3513
	%3515 = icmp sgt i32 %3470, 3
	%3516 = select i1 %3515, i32 %3514, i32 0
	%3517 = add i32 %3511, %3516
	%3518 = add i32 %3512, %3514
	%3519 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%3520 = load i32, i32 addrspace(3)* %3519
	%3521 = icmp sgt i32 %3470, 4
	%3522 = select i1 %3521, i32 %3520, i32 0
	%3523 = add i32 %3517, %3522
	%3524 = add i32 %3518, %3520
	%3525 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%3526 = load i32, i32 addrspace(3)* %3525
	%3527 = icmp sgt i32 %3470, 5
	%3528 = select i1 %3527, i32 %3526, i32 0
	%3529 = add i32 %3523, %3528
	%3530 = add i32 %3524, %3526
	%3531 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%3532 = load i32, i32 addrspace(3)* %3531
	%3533 = icmp sgt i32 %3470, 6
	%3534 = select i1 %3533, i32 %3532, i32 0
	%3535 = add i32 %3529, %3534
	%3536 = add i32 %3530, %3532
	%3537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%3538 = load i32, i32 addrspace(3)* %3537
	%3539 = icmp sgt i32 %3470, 7
	%3540 = select i1 %3539, i32 %3538, i32 0
	%3541 = add i32 %3535, %3540
	%3542 = add i32 %3536, %3538
	%3543 = add i32 %3541, %3490
	%3544 = sub i32 %3543, %3412
	%3545 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %0
	store i32 %3544, i32 addrspace(3)* %3545
	call void @llvm.nvvm.barrier0()
	br i1 %3037, label %3546, label %3554

3546:
	%3547 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3050
	%3548 = load i32, i32 addrspace(3)* %3547
	%3549 = add i32 %3548, %3419
	%3550 = add i32 %3549, u0x1000
	%3551 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3550
	store i32 %3047, i32 addrspace(3)* %3551
	%3552 = add i32 %3549, 6144
	%3553 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3552
	store i32 %3048, i32 addrspace(3)* %3553
	br label %3554

3554:
	br i1 %3052, label %3555, label %3563

3555:
	%3556 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3064
	%3557 = load i32, i32 addrspace(3)* %3556
	%3558 = add i32 %3557, %3426
	%3559 = add i32 %3558, u0x1000
	%3560 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3559
	store i32 %3061, i32 addrspace(3)* %3560
	%3561 = add i32 %3558, 6144
	%3562 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3561
	store i32 %3062, i32 addrspace(3)* %3562
	br label %3563

3563:
	br i1 %3066, label %3564, label %3572

3564:
	%3565 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3078
	%3566 = load i32, i32 addrspace(3)* %3565
	%3567 = add i32 %3566, %3433
	%3568 = add i32 %3567, u0x1000
	%3569 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3568
	store i32 %3075, i32 addrspace(3)* %3569
	%3570 = add i32 %3567, 6144
	%3571 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3570
	store i32 %3076, i32 addrspace(3)* %3571
	br label %3572

3572:
	br i1 %3080, label %3573, label %3581

3573:
	%3574 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3092
	%3575 = load i32, i32 addrspace(3)* %3574
	%3576 = add i32 %3575, %3440
	%3577 = add i32 %3576, u0x1000
	%3578 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3577
	store i32 %3089, i32 addrspace(3)* %3578
	%3579 = add i32 %3576, 6144
	%3580 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3579
	store i32 %3090, i32 addrspace(3)* %3580
	br label %3581

3581:
	br i1 %3094, label %3582, label %3590

3582:
	%3583 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3106
	%3584 = load i32, i32 addrspace(3)* %3583
	%3585 = add i32 %3584, %3447
	%3586 = add i32 %3585, u0x1000
	%3587 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3586
	store i32 %3103, i32 addrspace(3)* %3587
	%3588 = add i32 %3585, 6144
	%3589 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3588
	store i32 %3104, i32 addrspace(3)* %3589
	br label %3590

3590:
	br i1 %3108, label %3591, label %3599

3591:
	%3592 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3120
	%3593 = load i32, i32 addrspace(3)* %3592
	%3594 = add i32 %3593, %3454
	%3595 = add i32 %3594, u0x1000
	%3596 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3595
	store i32 %3117, i32 addrspace(3)* %3596
	%3597 = add i32 %3594, 6144
	%3598 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3597
	store i32 %3118, i32 addrspace(3)* %3598
	br label %3599

3599:
	br i1 %3122, label %3600, label %3608

3600:
	%3601 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3134
	%3602 = load i32, i32 addrspace(3)* %3601
	%3603 = add i32 %3602, %3461
	%3604 = add i32 %3603, u0x1000
	%3605 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3604
	store i32 %3131, i32 addrspace(3)* %3605
	%3606 = add i32 %3603, 6144
	%3607 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3606
	store i32 %3132, i32 addrspace(3)* %3607
	br label %3608

3608:
	br i1 %3136, label %3609, label %3617

3609:
	%3610 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3148
	%3611 = load i32, i32 addrspace(3)* %3610
	%3612 = add i32 %3611, %3468
	%3613 = add i32 %3612, u0x1000
	%3614 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3613
	store i32 %3145, i32 addrspace(3)* %3614
	%3615 = add i32 %3612, 6144
	%3616 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3615
	store i32 %3146, i32 addrspace(3)* %3616
	br label %3617

3617:
	call void @llvm.nvvm.barrier0()
	%3618 = sub i32 %9, %3030
	%3619 = icmp slt i32 2048, %3618
	%3620 = select i1 %3619, i32 2048, i32 %3618
	%3621 = add i32 0, %0
	%3622 = icmp slt i32 %3621, %3620
	br i1 %3622, label %3623, label %3645

3623:
	%3624 = add i32 %3621, u0x1000
	%3625 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3624
	%3626 = load i32, i32 addrspace(3)* %3625
	%3627 = lshr i32 %3626, 16
	%3628 = and i32 %3627, 255
	%3629 = add i32 %3628, 512
	%3630 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3629
	%3631 = load i32, i32 addrspace(3)* %3630
	%3632 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3628
	%3633 = load i32, i32 addrspace(3)* %3632
	%3634 = sub i32 %3621, %3633
	%3635 = add i32 %3631, %3634
	%3636 = mul i32 %3635, 2
	%3637 = sext i32 %3636 to i64
	%3638 = getelementptr i32, i32* %50, i64 %3637
	store i32 %3626, i32* %3638
	%3639 = add i32 %3621, 6144
	%3640 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3639
	%3641 = load i32, i32 addrspace(3)* %3640
	%3642 = mul i32 %3635, 2
	%3643 = sext i32 %3642 to i64
	%3644 = getelementptr i32, i32* %49, i64 %3643
	store i32 %3641, i32* %3644
	br label %3645

3645:
	%3646 = add i32 256, %0
	%3647 = icmp slt i32 %3646, %3620
	br i1 %3647, label %3648, label %3670

3648:
	%3649 = add i32 %3646, u0x1000
	%3650 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3649
	%3651 = load i32, i32 addrspace(3)* %3650
	%3652 = lshr i32 %3651, 16
	%3653 = and i32 %3652, 255
	%3654 = add i32 %3653, 512
	%3655 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3654
	%3656 = load i32, i32 addrspace(3)* %3655
	%3657 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3653
	%3658 = load i32, i32 addrspace(3)* %3657
	%3659 = sub i32 %3646, %3658
	%3660 = add i32 %3656, %3659
	%3661 = mul i32 %3660, 2
	%3662 = sext i32 %3661 to i64
	%3663 = getelementptr i32, i32* %50, i64 %3662
	store i32 %3651, i32* %3663
	%3664 = add i32 %3646, 6144
	%3665 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3664
	%3666 = load i32, i32 addrspace(3)* %3665
	%3667 = mul i32 %3660, 2
	%3668 = sext i32 %3667 to i64
	%3669 = getelementptr i32, i32* %49, i64 %3668
	store i32 %3666, i32* %3669
	br label %3670

3670:
	%3671 = add i32 512, %0
	%3672 = icmp slt i32 %3671, %3620
	br i1 %3672, label %3673, label %3695

3673:
	%3674 = add i32 %3671, u0x1000
	%3675 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3674
	%3676 = load i32, i32 addrspace(3)* %3675
	%3677 = lshr i32 %3676, 16
	%3678 = and i32 %3677, 255
	%3679 = add i32 %3678, 512
	%3680 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3679
	%3681 = load i32, i32 addrspace(3)* %3680
	%3682 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3678
	%3683 = load i32, i32 addrspace(3)* %3682
	%3684 = sub i32 %3671, %3683
	%3685 = add i32 %3681, %3684
	%3686 = mul i32 %3685, 2
	%3687 = sext i32 %3686 to i64
	%3688 = getelementptr i32, i32* %50, i64 %3687
	store i32 %3676, i32* %3688
	%3689 = add i32 %3671, 6144
	%3690 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3689
	%3691 = load i32, i32 addrspace(3)* %3690
	%3692 = mul i32 %3685, 2
	%3693 = sext i32 %3692 to i64
	%3694 = getelementptr i32, i32* %49, i64 %3693
	store i32 %3691, i32* %3694
	br label %3695

3695:
	%3696 = add i32 768, %0
	%3697 = icmp slt i32 %3696, %3620
	br i1 %3697, label %3698, label %3720

3698:
	%3699 = add i32 %3696, u0x1000
	%3700 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3699
	%3701 = load i32, i32 addrspace(3)* %3700
	%3702 = lshr i32 %3701, 16
	%3703 = and i32 %3702, 255
	%3704 = add i32 %3703, 512
	%3705 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3704
	%3706 = load i32, i32 addrspace(3)* %3705
	%3707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3703
	%3708 = load i32, i32 addrspace(3)* %3707
	%3709 = sub i32 %3696, %3708
	%3710 = add i32 %3706, %3709
	%3711 = mul i32 %3710, 2
	%3712 = sext i32 %3711 to i64
	%3713 = getelementptr i32, i32* %50, i64 %3712
	store i32 %3701, i32* %3713
	%3714 = add i32 %3696, 6144
	%3715 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3714
	%3716 = load i32, i32 addrspace(3)* %3715
	%3717 = mul i32 %3710, 2
	%3718 = sext i32 %3717 to i64
	%3719 = getelementptr i32, i32* %49, i64 %3718
	store i32 %3716, i32* %3719
	br label %3720

3720:
	%3721 = add i32 1024, %0
	%3722 = icmp slt i32 %3721, %3620
	br i1 %3722, label %3723, label %3745

3723:
	%3724 = add i32 %3721, u0x1000
	%3725 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3724
	%3726 = load i32, i32 addrspace(3)* %3725
	%3727 = lshr i32 %3726, 16
	%3728 = and i32 %3727, 255
	%3729 = add i32 %3728, 512
	%3730 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3729
	%3731 = load i32, i32 addrspace(3)* %3730
	%3732 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3728
	%3733 = load i32, i32 addrspace(3)* %3732
	%3734 = sub i32 %3721, %3733
	%3735 = add i32 %3731, %3734
	%3736 = mul i32 %3735, 2
	%3737 = sext i32 %3736 to i64
	%3738 = getelementptr i32, i32* %50, i64 %3737
	store i32 %3726, i32* %3738
	%3739 = add i32 %3721, 6144
	%3740 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3739
	%3741 = load i32, i32 addrspace(3)* %3740
	%3742 = mul i32 %3735, 2
	%3743 = sext i32 %3742 to i64
	%3744 = getelementptr i32, i32* %49, i64 %3743
	store i32 %3741, i32* %3744
	br label %3745

3745:
	%3746 = add i32 1280, %0
	%3747 = icmp slt i32 %3746, %3620
	br i1 %3747, label %3748, label %3770

3748:
	%3749 = add i32 %3746, u0x1000
	%3750 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3749
	%3751 = load i32, i32 addrspace(3)* %3750
	%3752 = lshr i32 %3751, 16
	%3753 = and i32 %3752, 255
	%3754 = add i32 %3753, 512
	%3755 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3754
	%3756 = load i32, i32 addrspace(3)* %3755
	%3757 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3753
	%3758 = load i32, i32 addrspace(3)* %3757
	%3759 = sub i32 %3746, %3758
	%3760 = add i32 %3756, %3759
	%3761 = mul i32 %3760, 2
	%3762 = sext i32 %3761 to i64
	%3763 = getelementptr i32, i32* %50, i64 %3762
	store i32 %3751, i32* %3763
	%3764 = add i32 %3746, 6144
	%3765 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3764
	%3766 = load i32, i32 addrspace(3)* %3765
	%3767 = mul i32 %3760, 2
	%3768 = sext i32 %3767 to i64
	%3769 = getelementptr i32, i32* %49, i64 %3768
	store i32 %3766, i32* %3769
	br label %3770

3770:
	%3771 = add i32 1536, %0
	%3772 = icmp slt i32 %3771, %3620
	br i1 %3772, label %3773, label %3795

3773:
	%3774 = add i32 %3771, u0x1000
	%3775 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3774
	%3776 = load i32, i32 addrspace(3)* %3775
	%3777 = lshr i32 %3776, 16
	%3778 = and i32 %3777, 255
	%3779 = add i32 %3778, 512
	%3780 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3779
	%3781 = load i32, i32 addrspace(3)* %3780
	%3782 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3778
	%3783 = load i32, i32 addrspace(3)* %3782
	%3784 = sub i32 %3771, %3783
	%3785 = add i32 %3781, %3784
	%3786 = mul i32 %3785, 2
	%3787 = sext i32 %3786 to i64
	%3788 = getelementptr i32, i32* %50, i64 %3787
	store i32 %3776, i32* %3788
	%3789 = add i32 %3771, 6144
	%3790 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3789
	%3791 = load i32, i32 addrspace(3)* %3790
	%3792 = mul i32 %3785, 2
	%3793 = sext i32 %3792 to i64
	%3794 = getelementptr i32, i32* %49, i64 %3793
	store i32 %3791, i32* %3794
	br label %3795

3795:
	%3796 = add i32 1792, %0
	%3797 = icmp slt i32 %3796, %3620
	br i1 %3797, label %3798, label %3820

3798:
	%3799 = add i32 %3796, u0x1000
	%3800 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3799
	%3801 = load i32, i32 addrspace(3)* %3800
	%3802 = lshr i32 %3801, 16
	%3803 = and i32 %3802, 255
	%3804 = add i32 %3803, 512
	%3805 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3804
	%3806 = load i32, i32 addrspace(3)* %3805
	%3807 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3803
	%3808 = load i32, i32 addrspace(3)* %3807
	%3809 = sub i32 %3796, %3808
	%3810 = add i32 %3806, %3809
	%3811 = mul i32 %3810, 2
	%3812 = sext i32 %3811 to i64
	%3813 = getelementptr i32, i32* %50, i64 %3812
	store i32 %3801, i32* %3813
	%3814 = add i32 %3796, 6144
	%3815 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3814
	%3816 = load i32, i32 addrspace(3)* %3815
	%3817 = mul i32 %3810, 2
	%3818 = sext i32 %3817 to i64
	%3819 = getelementptr i32, i32* %49, i64 %3818
	store i32 %3816, i32* %3819
	br label %3820

3820:
	call void @llvm.nvvm.barrier0()
	%3821 = add i32 %0, 512
	%3822 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3821
	%3823 = load i32, i32 addrspace(3)* %3822
	%3824 = add i32 %3823, %3412
	%3825 = add i32 %0, 512
	%3826 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %3825
	store i32 %3824, i32 addrspace(3)* %3826
	%3827 = add i32 %3030, 2048
	br label %3029

3828:
	%3829 = phi i32 [ 0, %3038 ], [ %4626, %4619 ]
	%3830 = icmp slt i32 %3829, %9
	br i1 %3830, label %3831, label %3837

3831:
	%3832 = mul i32 %4, 256
	%3833 = add i32 %3832, %3
	%3834 = add i32 %3829, %3833
	%3835 = add i32 %3834, 0
	%3836 = icmp slt i32 %3835, %9
	br i1 %3836, label %3838, label %3847

3837:
	call void @llvm.nvvm.barrier0()
	ret void

3838:
	%3839 = mul i32 %3835, 2
	%3840 = sext i32 %3839 to i64
	%3841 = getelementptr i32, i32* %50, i64 %3840
	%3842 = load i32, i32* %3841
	%3843 = mul i32 %3835, 2
	%3844 = sext i32 %3843 to i64
	%3845 = getelementptr i32, i32* %49, i64 %3844
	%3846 = load i32, i32* %3845
	br label %3847

3847:
	%3848 = phi i32 [ 0, %3831 ], [ %3842, %3838 ]
	%3849 = phi i32 [ 0, %3831 ], [ %3846, %3838 ]
	%3850 = lshr i32 %3848, 24
	%3851 = and i32 %3850, 255
	%3852 = add i32 %3834, 32
	%3853 = icmp slt i32 %3852, %9
	br i1 %3853, label %3854, label %3863

3854:
	%3855 = mul i32 %3852, 2
	%3856 = sext i32 %3855 to i64
	%3857 = getelementptr i32, i32* %50, i64 %3856
	%3858 = load i32, i32* %3857
	%3859 = mul i32 %3852, 2
	%3860 = sext i32 %3859 to i64
	%3861 = getelementptr i32, i32* %49, i64 %3860
	%3862 = load i32, i32* %3861
	br label %3863

3863:
	%3864 = phi i32 [ 0, %3847 ], [ %3858, %3854 ]
	%3865 = phi i32 [ 0, %3847 ], [ %3862, %3854 ]
	%3866 = lshr i32 %3864, 24
	%3867 = and i32 %3866, 255
	%3868 = add i32 %3834, 64
	%3869 = icmp slt i32 %3868, %9
	br i1 %3869, label %3870, label %3879

3870:
	%3871 = mul i32 %3868, 2
	%3872 = sext i32 %3871 to i64
	%3873 = getelementptr i32, i32* %50, i64 %3872
	%3874 = load i32, i32* %3873
	%3875 = mul i32 %3868, 2
	%3876 = sext i32 %3875 to i64
	%3877 = getelementptr i32, i32* %49, i64 %3876
	%3878 = load i32, i32* %3877
	br label %3879

3879:
	%3880 = phi i32 [ 0, %3863 ], [ %3874, %3870 ]
	%3881 = phi i32 [ 0, %3863 ], [ %3878, %3870 ]
	%3882 = lshr i32 %3880, 24
	%3883 = and i32 %3882, 255
	%3884 = add i32 %3834, 96
	%3885 = icmp slt i32 %3884, %9
	br i1 %3885, label %3886, label %3895

3886:
	%3887 = mul i32 %3884, 2
	%3888 = sext i32 %3887 to i64
	%3889 = getelementptr i32, i32* %50, i64 %3888
	%3890 = load i32, i32* %3889
	%3891 = mul i32 %3884, 2
	%3892 = sext i32 %3891 to i64
	%3893 = getelementptr i32, i32* %49, i64 %3892
	%3894 = load i32, i32* %3893
	br label %3895

3895:
	%3896 = phi i32 [ 0, %3879 ], [ %3890, %3886 ]
	%3897 = phi i32 [ 0, %3879 ], [ %3894, %3886 ]
	%3898 = lshr i32 %3896, 24
	%3899 = and i32 %3898, 255
	%3900 = add i32 %3834, 128
	%3901 = icmp slt i32 %3900, %9
	br i1 %3901, label %3902, label %3911

3902:
	%3903 = mul i32 %3900, 2
	%3904 = sext i32 %3903 to i64
	%3905 = getelementptr i32, i32* %50, i64 %3904
	%3906 = load i32, i32* %3905
	%3907 = mul i32 %3900, 2
	%3908 = sext i32 %3907 to i64
	%3909 = getelementptr i32, i32* %49, i64 %3908
	%3910 = load i32, i32* %3909
	br label %3911

3911:
	%3912 = phi i32 [ 0, %3895 ], [ %3906, %3902 ]
	%3913 = phi i32 [ 0, %3895 ], [ %3910, %3902 ]
	%3914 = lshr i32 %3912, 24
	%3915 = and i32 %3914, 255
	%3916 = add i32 %3834, 160
	%3917 = icmp slt i32 %3916, %9
	br i1 %3917, label %3918, label %3927

3918:
	%3919 = mul i32 %3916, 2
	%3920 = sext i32 %3919 to i64
	%3921 = getelementptr i32, i32* %50, i64 %3920
	%3922 = load i32, i32* %3921
	%3923 = mul i32 %3916, 2
	%3924 = sext i32 %3923 to i64
	%3925 = getelementptr i32, i32* %49, i64 %3924
	%3926 = load i32, i32* %3925
	br label %3927

3927:
	%3928 = phi i32 [ 0, %3911 ], [ %3922, %3918 ]
	%3929 = phi i32 [ 0, %3911 ], [ %3926, %3918 ]
	%3930 = lshr i32 %3928, 24
	%3931 = and i32 %3930, 255
	%3932 = add i32 %3834, 192
	%3933 = icmp slt i32 %3932, %9
	br i1 %3933, label %3934, label %3943

3934:
	%3935 = mul i32 %3932, 2
	%3936 = sext i32 %3935 to i64
	%3937 = getelementptr i32, i32* %50, i64 %3936
	%3938 = load i32, i32* %3937
	%3939 = mul i32 %3932, 2
	%3940 = sext i32 %3939 to i64
	%3941 = getelementptr i32, i32* %49, i64 %3940
	%3942 = load i32, i32* %3941
	br label %3943

3943:
	%3944 = phi i32 [ 0, %3927 ], [ %3938, %3934 ]
	%3945 = phi i32 [ 0, %3927 ], [ %3942, %3934 ]
	%3946 = lshr i32 %3944, 24
	%3947 = and i32 %3946, 255
	%3948 = add i32 %3834, 224
	%3949 = icmp slt i32 %3948, %9
	br i1 %3949, label %3950, label %3959

3950:
	%3951 = mul i32 %3948, 2
	%3952 = sext i32 %3951 to i64
	%3953 = getelementptr i32, i32* %50, i64 %3952
	%3954 = load i32, i32* %3953
	%3955 = mul i32 %3948, 2
	%3956 = sext i32 %3955 to i64
	%3957 = getelementptr i32, i32* %49, i64 %3956
	%3958 = load i32, i32* %3957
	br label %3959

3959:
	%3960 = phi i32 [ 0, %3943 ], [ %3954, %3950 ]
	%3961 = phi i32 [ 0, %3943 ], [ %3958, %3950 ]
	%3962 = lshr i32 %3960, 24
	%3963 = and i32 %3962, 255
	%3964 = select i1 %3836, i32 %3851, i32 256
	%3965 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3964)
	%3966 = and i32 %3965, %1430
	%3967 = call i32 @llvm.ctpop.i32(i32 %3966)
	br i1 %3836, label %3968, label %3973

3968:
	%3969 = mul i32 %4, 256
	%3970 = add i32 %3969, %3851
	%3971 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3970
	%3972 = load i32, i32 addrspace(3)* %3971
	br label %3973

3973:
	%3974 = phi i32 [ 0, %3959 ], [ %3972, %3968 ]
	%3975 = add i32 %3974, %3967
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3976 = icmp eq i32 %3967, 0
	%3977 = and i1 %3836, %3976
	br i1 %3977, label %3978, label %3984

3978:
	%3979 = call i32 @llvm.ctpop.i32(i32 %3965)
	%3980 = add i32 %3974, %3979
	%3981 = mul i32 %4, 256
	%3982 = add i32 %3981, %3851
	%3983 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3982
	store i32 %3980, i32 addrspace(3)* %3983
	br label %3984

3984:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3985 = select i1 %3853, i32 %3867, i32 256
	%3986 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3985)
	%3987 = and i32 %3986, %1430
	%3988 = call i32 @llvm.ctpop.i32(i32 %3987)
	br i1 %3853, label %3989, label %3994

3989:
	%3990 = mul i32 %4, 256
	%3991 = add i32 %3990, %3867
	%3992 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %3991
	%3993 = load i32, i32 addrspace(3)* %3992
	br label %3994

3994:
	%3995 = phi i32 [ 0, %3984 ], [ %3993, %3989 ]
	%3996 = add i32 %3995, %3988
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3997 = icmp eq i32 %3988, 0
	%3998 = and i1 %3853, %3997
	br i1 %3998, label %3999, label %4005

3999:
	%4000 = call i32 @llvm.ctpop.i32(i32 %3986)
	%4001 = add i32 %3995, %4000
	%4002 = mul i32 %4, 256
	%4003 = add i32 %4002, %3867
	%4004 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4003
	store i32 %4001, i32 addrspace(3)* %4004
	br label %4005

4005:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4006 = select i1 %3869, i32 %3883, i32 256
	%4007 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4006)
	%4008 = and i32 %4007, %1430
	%4009 = call i32 @llvm.ctpop.i32(i32 %4008)
	br i1 %3869, label %4010, label %4015

4010:
	%4011 = mul i32 %4, 256
	%4012 = add i32 %4011, %3883
	%4013 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4012
	%4014 = load i32, i32 addrspace(3)* %4013
	br label %4015

4015:
	%4016 = phi i32 [ 0, %4005 ], [ %4014, %4010 ]
	%4017 = add i32 %4016, %4009
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4018 = icmp eq i32 %4009, 0
	%4019 = and i1 %3869, %4018
	br i1 %4019, label %4020, label %4026

4020:
	%4021 = call i32 @llvm.ctpop.i32(i32 %4007)
	%4022 = add i32 %4016, %4021
	%4023 = mul i32 %4, 256
	%4024 = add i32 %4023, %3883
	%4025 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4024
	store i32 %4022, i32 addrspace(3)* %4025
	br label %4026

4026:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4027 = select i1 %3885, i32 %3899, i32 256
	%4028 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4027)
	%4029 = and i32 %4028, %1430
	%4030 = call i32 @llvm.ctpop.i32(i32 %4029)
	br i1 %3885, label %4031, label %4036

4031:
	%4032 = mul i32 %4, 256
	%4033 = add i32 %4032, %3899
	%4034 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4033
	%4035 = load i32, i32 addrspace(3)* %4034
	br label %4036

4036:
	%4037 = phi i32 [ 0, %4026 ], [ %4035, %4031 ]
	%4038 = add i32 %4037, %4030
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4039 = icmp eq i32 %4030, 0
	%4040 = and i1 %3885, %4039
	br i1 %4040, label %4041, label %4047

4041:
	%4042 = call i32 @llvm.ctpop.i32(i32 %4028)
	%4043 = add i32 %4037, %4042
	%4044 = mul i32 %4, 256
	%4045 = add i32 %4044, %3899
	%4046 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4045
	store i32 %4043, i32 addrspace(3)* %4046
	br label %4047

4047:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4048 = select i1 %3901, i32 %3915, i32 256
	%4049 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4048)
	%4050 = and i32 %4049, %1430
	%4051 = call i32 @llvm.ctpop.i32(i32 %4050)
	br i1 %3901, label %4052, label %4057

4052:
	%4053 = mul i32 %4, 256
	%4054 = add i32 %4053, %3915
	%4055 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4054
	%4056 = load i32, i32 addrspace(3)* %4055
	br label %4057

4057:
	%4058 = phi i32 [ 0, %4047 ], [ %4056, %4052 ]
	%4059 = add i32 %4058, %4051
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4060 = icmp eq i32 %4051, 0
	%4061 = and i1 %3901, %4060
	br i1 %4061, label %4062, label %4068

4062:
	%4063 = call i32 @llvm.ctpop.i32(i32 %4049)
	%4064 = add i32 %4058, %4063
	%4065 = mul i32 %4, 256
	%4066 = add i32 %4065, %3915
	%4067 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4066
	store i32 %4064, i32 addrspace(3)* %4067
	br label %4068

4068:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4069 = select i1 %3917, i32 %3931, i32 256
	%4070 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4069)
	%4071 = and i32 %4070, %1430
	%4072 = call i32 @llvm.ctpop.i32(i32 %4071)
	br i1 %3917, label %4073, label %4078

4073:
	%4074 = mul i32 %4, 256
	%4075 = add i32 %4074, %3931
	%4076 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4075
	%4077 = load i32, i32 addrspace(3)* %4076
	br label %4078

4078:
	%4079 = phi i32 [ 0, %4068 ], [ %4077, %4073 ]
	%4080 = add i32 %4079, %4072
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4081 = icmp eq i32 %4072, 0
	%4082 = and i1 %3917, %4081
	br i1 %4082, label %4083, label %4089

4083:
	%4084 = call i32 @llvm.ctpop.i32(i32 %4070)
	%4085 = add i32 %4079, %4084
	%4086 = mul i32 %4, 256
	%4087 = add i32 %4086, %3931
	%4088 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4087
	store i32 %4085, i32 addrspace(3)* %4088
	br label %4089

4089:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4090 = select i1 %3933, i32 %3947, i32 256
	%4091 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4090)
	%4092 = and i32 %4091, %1430
	%4093 = call i32 @llvm.ctpop.i32(i32 %4092)
	br i1 %3933, label %4094, label %4099

4094:
	%4095 = mul i32 %4, 256
	%4096 = add i32 %4095, %3947
	%4097 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4096
	%4098 = load i32, i32 addrspace(3)* %4097
	br label %4099

4099:
	%4100 = phi i32 [ 0, %4089 ], [ %4098, %4094 ]
	%4101 = add i32 %4100, %4093
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4102 = icmp eq i32 %4093, 0
	%4103 = and i1 %3933, %4102
	br i1 %4103, label %4104, label %4110

4104:
	%4105 = call i32 @llvm.ctpop.i32(i32 %4091)
	%4106 = add i32 %4100, %4105
	%4107 = mul i32 %4, 256
	%4108 = add i32 %4107, %3947
	%4109 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4108
	store i32 %4106, i32 addrspace(3)* %4109
	br label %4110

4110:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4111 = select i1 %3949, i32 %3963, i32 256
	%4112 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4111)
	%4113 = and i32 %4112, %1430
	%4114 = call i32 @llvm.ctpop.i32(i32 %4113)
	br i1 %3949, label %4115, label %4120

4115:
	%4116 = mul i32 %4, 256
	%4117 = add i32 %4116, %3963
	%4118 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4117
	%4119 = load i32, i32 addrspace(3)* %4118
	br label %4120

4120:
	%4121 = phi i32 [ 0, %4110 ], [ %4119, %4115 ]
	%4122 = add i32 %4121, %4114
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4123 = icmp eq i32 %4114, 0
	%4124 = and i1 %3949, %4123
	br i1 %4124, label %4125, label %4131

4125:
	%4126 = call i32 @llvm.ctpop.i32(i32 %4112)
	%4127 = add i32 %4121, %4126
	%4128 = mul i32 %4, 256
	%4129 = add i32 %4128, %3963
	%4130 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4129
	store i32 %4127, i32 addrspace(3)* %4130
	br label %4131

4131:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	call void @llvm.nvvm.barrier0()
	%4132 = mul i32 0, 256
	%4133 = add i32 %4132, %0
	%4134 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4133
	%4135 = load i32, i32 addrspace(3)* %4134
	%4136 = mul i32 0, 256
	%4137 = add i32 %4136, %0
	%4138 = add i32 2048, %4137
	%4139 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4138
	store i32 0, i32 addrspace(3)* %4139
	%4140 = mul i32 0, 256
	%4141 = add i32 %4140, %0
	%4142 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4141
	store i32 0, i32 addrspace(3)* %4142
	%4143 = add i32 0, %4135
	%4144 = mul i32 1, 256
	%4145 = add i32 %4144, %0
	%4146 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4145
	%4147 = load i32, i32 addrspace(3)* %4146
	%4148 = mul i32 1, 256
	%4149 = add i32 %4148, %0
	%4150 = add i32 2048, %4149
	%4151 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4150
	store i32 %4143, i32 addrspace(3)* %4151
	%4152 = mul i32 1, 256
	%4153 = add i32 %4152, %0
	%4154 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4153
	store i32 0, i32 addrspace(3)* %4154
	%4155 = add i32 %4143, %4147
	%4156 = mul i32 2, 256
	%4157 = add i32 %4156, %0
	%4158 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4157
	%4159 = load i32, i32 addrspace(3)* %4158
	%4160 = mul i32 2, 256
	%4161 = add i32 %4160, %0
	%4162 = add i32 2048, %4161
	%4163 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4162
	store i32 %4155, i32 addrspace(3)* %4163
	%4164 = mul i32 2, 256
	%4165 = add i32 %4164, %0
	%4166 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4165
	store i32 0, i32 addrspace(3)* %4166
	%4167 = add i32 %4155, %4159
	%4168 = mul i32 3, 256
	%4169 = add i32 %4168, %0
	%4170 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4169
	%4171 = load i32, i32 addrspace(3)* %4170
	%4172 = mul i32 3, 256
	%4173 = add i32 %4172, %0
	%4174 = add i32 2048, %4173
	%4175 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4174
	store i32 %4167, i32 addrspace(3)* %4175
	%4176 = mul i32 3, 256
	%4177 = add i32 %4176, %0
	%4178 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4177
	store i32 0, i32 addrspace(3)* %4178
	%4179 = add i32 %4167, %4171
	%4180 = mul i32 4, 256
	%4181 = add i32 %4180, %0
	%4182 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4181
	%4183 = load i32, i32 addrspace(3)* %4182
	%4184 = mul i32 4, 256
	%4185 = add i32 %4184, %0
	%4186 = add i32 2048, %4185
	%4187 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4186
	store i32 %4179, i32 addrspace(3)* %4187
	%4188 = mul i32 4, 256
	%4189 = add i32 %4188, %0
	%4190 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4189
	store i32 0, i32 addrspace(3)* %4190
	%4191 = add i32 %4179, %4183
	%4192 = mul i32 5, 256
	%4193 = add i32 %4192, %0
	%4194 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4193
	%4195 = load i32, i32 addrspace(3)* %4194
	%4196 = mul i32 5, 256
	%4197 = add i32 %4196, %0
	%4198 = add i32 2048, %4197
	%4199 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4198
	store i32 %4191, i32 addrspace(3)* %4199
	%4200 = mul i32 5, 256
	%4201 = add i32 %4200, %0
	%4202 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4201
	store i32 0, i32 addrspace(3)* %4202
	%4203 = add i32 %4191, %4195
	%4204 = mul i32 6, 256
	%4205 = add i32 %4204, %0
	%4206 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4205
	%4207 = load i32, i32 addrspace(3)* %4206
	%4208 = mul i32 6, 256
	%4209 = add i32 %4208, %0
	%4210 = add i32 2048, %4209
	%4211 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4210
	store i32 %4203, i32 addrspace(3)* %4211
	%4212 = mul i32 6, 256
	%4213 = add i32 %4212, %0
	%4214 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4213
	store i32 0, i32 addrspace(3)* %4214
	%4215 = add i32 %4203, %4207
	%4216 = mul i32 7, 256
	%4217 = add i32 %4216, %0
	%4218 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4217
	%4219 = load i32, i32 addrspace(3)* %4218
	%4220 = mul i32 7, 256
	%4221 = add i32 %4220, %0
	%4222 = add i32 2048, %4221
	%4223 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4222
	store i32 %4215, i32 addrspace(3)* %4223
	%4224 = mul i32 7, 256
	%4225 = add i32 %4224, %0
	%4226 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4225
	store i32 0, i32 addrspace(3)* %4226
	%4227 = add i32 %4215, %4219
	call void @llvm.nvvm.barrier0()
	%4228 = select i1 %3836, i32 %3851, i32 0
	%4229 = mul i32 %4, 256
	%4230 = add i32 %4229, %4228
	%4231 = add i32 2048, %4230
	%4232 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4231
	%4233 = load i32, i32 addrspace(3)* %4232
	%4234 = add i32 %3975, %4233
	%4235 = select i1 %3853, i32 %3867, i32 0
	%4236 = mul i32 %4, 256
	%4237 = add i32 %4236, %4235
	%4238 = add i32 2048, %4237
	%4239 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4238
	%4240 = load i32, i32 addrspace(3)* %4239
	%4241 = add i32 %3996, %4240
	%4242 = select i1 %3869, i32 %3883, i32 0
	%4243 = mul i32 %4, 256
	%4244 = add i32 %4243, %4242
	%4245 = add i32 2048, %4244
	%4246 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4245
	%4247 = load i32, i32 addrspace(3)* %4246
	%4248 = add i32 %4017, %4247
	%4249 = select i1 %3885, i32 %3899, i32 0
	%4250 = mul i32 %4, 256
	%4251 = add i32 %4250, %4249
	%4252 = add i32 2048, %4251
	%4253 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4252
	%4254 = load i32, i32 addrspace(3)* %4253
	%4255 = add i32 %4038, %4254
	%4256 = select i1 %3901, i32 %3915, i32 0
	%4257 = mul i32 %4, 256
	%4258 = add i32 %4257, %4256
	%4259 = add i32 2048, %4258
	%4260 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4259
	%4261 = load i32, i32 addrspace(3)* %4260
	%4262 = add i32 %4059, %4261
	%4263 = select i1 %3917, i32 %3931, i32 0
	%4264 = mul i32 %4, 256
	%4265 = add i32 %4264, %4263
	%4266 = add i32 2048, %4265
	%4267 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4266
	%4268 = load i32, i32 addrspace(3)* %4267
	%4269 = add i32 %4080, %4268
	%4270 = select i1 %3933, i32 %3947, i32 0
	%4271 = mul i32 %4, 256
	%4272 = add i32 %4271, %4270
	%4273 = add i32 2048, %4272
	%4274 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4273
	%4275 = load i32, i32 addrspace(3)* %4274
	%4276 = add i32 %4101, %4275
	%4277 = select i1 %3949, i32 %3963, i32 0
	%4278 = mul i32 %4, 256
	%4279 = add i32 %4278, %4277
	%4280 = add i32 2048, %4279
	%4281 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4280
	%4282 = load i32, i32 addrspace(3)* %4281
	%4283 = add i32 %4122, %4282
	%4284 = and i32 %0, 31
	%4285 = lshr i32 %0, 5
	%4286 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4227, i32 1, i32 0)
	%4287 = icmp uge i32 %4284, 1
	%4288 = select i1 %4287, i32 %4286, i32 0
	%4289 = add i32 %4227, %4288
	%4290 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4289, i32 2, i32 0)
	%4291 = icmp uge i32 %4284, 2
	%4292 = select i1 %4291, i32 %4290, i32 0
	%4293 = add i32 %4289, %4292
	%4294 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4293, i32 4, i32 0)
	%4295 = icmp uge i32 %4284, 4
	%4296 = select i1 %4295, i32 %4294, i32 0
	%4297 = add i32 %4293, %4296
	%4298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4297, i32 8, i32 0)
	%4299 = icmp uge i32 %4284, 8
	%4300 = select i1 %4299, i32 %4298, i32 0
	%4301 = add i32 %4297, %4300
	%4302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4301, i32 16, i32 0)
	%4303 = icmp uge i32 %4284, 16
	%4304 = select i1 %4303, i32 %4302, i32 0
	%4305 = add i32 %4301, %4304
	%4306 = icmp eq i32 %4284, 31
	br i1 %4306, label %4307, label %4309

4307:
	%4308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %4285
	store i32 %4305, i32 addrspace(3)* %4308
	br label %4309

4309:
	call void @llvm.nvvm.barrier0()
	%4310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%4311 = load i32, i32 addrspace(3)* %4310
	%4312 = icmp sgt i32 %4285, 0
	%4313 = select i1 %4312, i32 %4311, i32 0
	%4314 = add i32 0, %4313
	%4315 = add i32 0, %4311
	%4316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%4317 = load i32, i32 addrspace(3)* %4316
	%4318 = icmp sgt i32 %4285, 1
	%4319 = select i1 %4318, i32 %4317, i32 0
	%4320 = add i32 %4314, %4319
	%4321 = add i32 %4315, %4317
	%4322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%4323 = load i32, i32 addrspace(3)* %4322
	%4324 = icmp sgt i32 %4285, 2
	%4325 = select i1 %4324, i32 %4323, i32 0
	%4326 = add i32 %4320, %4325
	%4327 = add i32 %4321, %4323
	%4328 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%4329 = load i32, i32 addrspace(3)* %4328
	%4330 = icmp sgt i32 %4285, 3
	%4331 = select i1 %4330, i32 %4329, i32 0
	%4332 = add i32 %4326, %4331
	%4333 = add i32 %4327, %4329
	%4334 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%4335 = load i32, i32 addrspace(3)* %4334
	%4336 = icmp sgt i32 %4285, 4
	%4337 = select i1 %4336, i32 %4335, i32 0
	%4338 = add i32 %4332, %4337
	%4339 = add i32 %4333, %4335
	%4340 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%4341 = load i32, i32 addrspace(3)* %4340
	%4342 = icmp sgt i32 %4285, 5
	%4343 = select i1 %4342, i32 %4341, i32 0
	%4344 = add i32 %4338, %4343
	%4345 = add i32 %4339, %4341
	%4346 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%4347 = load i32, i32 addrspace(3)* %4346
	%4348 = icmp sgt i32 %4285, 6
	%4349 = select i1 %4348, i32 %4347, i32 0
	%4350 = add i32 %4344, %4349
	%4351 = add i32 %4345, %4347
	%4352 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%4353 = load i32, i32 addrspace(3)* %4352
	%4354 = icmp sgt i32 %4285, 7
	%4355 = select i1 %4354, i32 %4353, i32 0
	%4356 = add i32 %4350, %4355
	%4357 = add i32 %4351, %4353
	%4358 = add i32 %4356, %4305
	%4359 = sub i32 %4358, %4227
	%4360 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %0
	store i32 %4359, i32 addrspace(3)* %4360
	call void @llvm.nvvm.barrier0()
	br i1 %3836, label %4361, label %4369

4361:
	%4362 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3851
	%4363 = load i32, i32 addrspace(3)* %4362
	%4364 = add i32 %4363, %4234
	%4365 = add i32 %4364, u0x1000
	%4366 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4365
	store i32 %3848, i32 addrspace(3)* %4366
	%4367 = add i32 %4364, 6144
	%4368 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4367
	store i32 %3849, i32 addrspace(3)* %4368
	br label %4369

4369:
	br i1 %3853, label %4370, label %4378

4370:
	%4371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3867
	%4372 = load i32, i32 addrspace(3)* %4371
	%4373 = add i32 %4372, %4241
	%4374 = add i32 %4373, u0x1000
	%4375 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4374
	store i32 %3864, i32 addrspace(3)* %4375
	%4376 = add i32 %4373, 6144
	%4377 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4376
	store i32 %3865, i32 addrspace(3)* %4377
	br label %4378

4378:
	br i1 %3869, label %4379, label %4387

4379:
	%4380 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3883
	%4381 = load i32, i32 addrspace(3)* %4380
	%4382 = add i32 %4381, %4248
	%4383 = add i32 %4382, u0x1000
	%4384 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4383
	store i32 %3880, i32 addrspace(3)* %4384
	%4385 = add i32 %4382, 6144
	%4386 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4385
	store i32 %3881, i32 addrspace(3)* %4386
	br label %4387

4387:
	br i1 %3885, label %4388, label %4396

4388:
	%4389 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3899
	%4390 = load i32, i32 addrspace(3)* %4389
	%4391 = add i32 %4390, %4255
	%4392 = add i32 %4391, u0x1000
	%4393 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4392
	store i32 %3896, i32 addrspace(3)* %4393
	%4394 = add i32 %4391, 6144
	%4395 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4394
	store i32 %3897, i32 addrspace(3)* %4395
	br label %4396

4396:
	br i1 %3901, label %4397, label %4405

4397:
	%4398 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3915
	%4399 = load i32, i32 addrspace(3)* %4398
	%4400 = add i32 %4399, %4262
	%4401 = add i32 %4400, u0x1000
	%4402 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4401
	store i32 %3912, i32 addrspace(3)* %4402
	%4403 = add i32 %4400, 6144
	%4404 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4403
	store i32 %3913, i32 addrspace(3)* %4404
	br label %4405

4405:
	br i1 %3917, label %4406, label %4414

4406:
	%4407 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3931
	%4408 = load i32, i32 addrspace(3)* %4407
	%4409 = add i32 %4408, %4269
	%4410 = add i32 %4409, u0x1000
	%4411 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4410
	store i32 %3928, i32 addrspace(3)* %4411
	%4412 = add i32 %4409, 6144
	%4413 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4412
	store i32 %3929, i32 addrspace(3)* %4413
	br label %4414

4414:
	br i1 %3933, label %4415, label %4423

4415:
	%4416 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3947
	%4417 = load i32, i32 addrspace(3)* %4416
	%4418 = add i32 %4417, %4276
	%4419 = add i32 %4418, u0x1000
	%4420 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4419
	store i32 %3944, i32 addrspace(3)* %4420
	%4421 = add i32 %4418, 6144
	%4422 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4421
	store i32 %3945, i32 addrspace(3)* %4422
	br label %4423

4423:
	br i1 %3949, label %4424, label %4432

4424:
	%4425 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %3963
	%4426 = load i32, i32 addrspace(3)* %4425
	%4427 = add i32 %4426, %4283
	%4428 = add i32 %4427, u0x1000
	%4429 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4428
	store i32 %3960, i32 addrspace(3)* %4429
	%4430 = add i32 %4427, 6144
	%4431 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4430
	store i32 %3961, i32 addrspace(3)* %4431
	br label %4432

4432:
	call void @llvm.nvvm.barrier0()
	%4433 = sub i32 %9, %3829
	%4434 = icmp slt i32 2048, %4433
	%4435 = select i1 %4434, i32 2048, i32 %4433
	%4436 = add i32 0, %0
	%4437 = icmp slt i32 %4436, %4435
	br i1 %4437, label %4438, label %4458

4438:
	%4439 = add i32 %4436, u0x1000
	%4440 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4439
	%4441 = load i32, i32 addrspace(3)* %4440
	%4442 = lshr i32 %4441, 24
	%4443 = and i32 %4442, 255
	%4444 = add i32 %4443, 768
	%4445 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4444
	%4446 = load i32, i32 addrspace(3)* %4445
	%4447 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %4443
	%4448 = load i32, i32 addrspace(3)* %4447
	%4449 = sub i32 %4436, %4448
	%4450 = add i32 %4446, %4449
	%4451 = sext i32 %4450 to i64
	%4452 = getelementptr i32, i32* %44, i64 %4451
	store i32 %4441, i32* %4452
	%4453 = add i32 %4436, 6144
	%4454 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4453
	%4455 = load i32, i32 addrspace(3)* %4454
	%4456 = sext i32 %4450 to i64
	%4457 = getelementptr i32, i32* %15, i64 %4456
	store i32 %4455, i32* %4457
	br label %4458

4458:
	%4459 = add i32 256, %0
	%4460 = icmp slt i32 %4459, %4435
	br i1 %4460, label %4461, label %4481

4461:
	%4462 = add i32 %4459, u0x1000
	%4463 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4462
	%4464 = load i32, i32 addrspace(3)* %4463
	%4465 = lshr i32 %4464, 24
	%4466 = and i32 %4465, 255
	%4467 = add i32 %4466, 768
	%4468 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4467
	%4469 = load i32, i32 addrspace(3)* %4468
	%4470 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %4466
	%4471 = load i32, i32 addrspace(3)* %4470
	%4472 = sub i32 %4459, %4471
	%4473 = add i32 %4469, %4472
	%4474 = sext i32 %4473 to i64
	%4475 = getelementptr i32, i32* %44, i64 %4474
	store i32 %4464, i32* %4475
	%4476 = add i32 %4459, 6144
	%4477 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4476
	%4478 = load i32, i32 addrspace(3)* %4477
	%4479 = sext i32 %4473 to i64
	%4480 = getelementptr i32, i32* %15, i64 %4479
	store i32 %4478, i32* %4480
	br label %4481

4481:
	%4482 = add i32 512, %0
	%4483 = icmp slt i32 %4482, %4435
	br i1 %4483, label %4484, label %4504

4484:
	%4485 = add i32 %4482, u0x1000
	%4486 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4485
	%4487 = load i32, i32 addrspace(3)* %4486
	%4488 = lshr i32 %4487, 24
	%4489 = and i32 %4488, 255
	%4490 = add i32 %4489, 768
	%4491 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4490
	%4492 = load i32, i32 addrspace(3)* %4491
	%4493 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %4489
	%4494 = load i32, i32 addrspace(3)* %4493
	%4495 = sub i32 %4482, %4494
	%4496 = add i32 %4492, %4495
	%4497 = sext i32 %4496 to i64
	%4498 = getelementptr i32, i32* %44, i64 %4497
	store i32 %4487, i32* %4498
	%4499 = add i32 %4482, 6144
	%4500 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4499
	%4501 = load i32, i32 addrspace(3)* %4500
	%4502 = sext i32 %4496 to i64
	%4503 = getelementptr i32, i32* %15, i64 %4502
	store i32 %4501, i32* %4503
	br label %4504

4504:
	%4505 = add i32 768, %0
	%4506 = icmp slt i32 %4505, %4435
	br i1 %4506, label %4507, label %4527

4507:
	%4508 = add i32 %4505, u0x1000
	%4509 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4508
	%4510 = load i32, i32 addrspace(3)* %4509
	%4511 = lshr i32 %4510, 24
	%4512 = and i32 %4511, 255
	%4513 = add i32 %4512, 768
	%4514 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4513
	%4515 = load i32, i32 addrspace(3)* %4514
	%4516 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %4512
	%4517 = load i32, i32 addrspace(3)* %4516
	%4518 = sub i32 %4505, %4517
	%4519 = add i32 %4515, %4518
	%4520 = sext i32 %4519 to i64
	%4521 = getelementptr i32, i32* %44, i64 %4520
	store i32 %4510, i32* %4521
	%4522 = add i32 %4505, 6144
	%4523 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4522
	%4524 = load i32, i32 addrspace(3)* %4523
	%4525 = sext i32 %4519 to i64
	%4526 = getelementptr i32, i32* %15, i64 %4525
	store i32 %4524, i32* %4526
	br label %4527

4527:
	%4528 = add i32 1024, %0
	%4529 = icmp slt i32 %4528, %4435
	br i1 %4529, label %4530, label %4550

4530:
	%4531 = add i32 %4528, u0x1000
	%4532 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4531
	%4533 = load i32, i32 addrspace(3)* %4532
	%4534 = lshr i32 %4533, 24
	%4535 = and i32 %4534, 255
	%4536 = add i32 %4535, 768
	%4537 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4536
	%4538 = load i32, i32 addrspace(3)* %4537
	%4539 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %4535
	%4540 = load i32, i32 addrspace(3)* %4539
	%4541 = sub i32 %4528, %4540
	%4542 = add i32 %4538, %4541
	%4543 = sext i32 %4542 to i64
	%4544 = getelementptr i32, i32* %44, i64 %4543
	store i32 %4533, i32* %4544
	%4545 = add i32 %4528, 6144
	%4546 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4545
	%4547 = load i32, i32 addrspace(3)* %4546
	%4548 = sext i32 %4542 to i64
	%4549 = getelementptr i32, i32* %15, i64 %4548
	store i32 %4547, i32* %4549
	br label %4550

4550:
	%4551 = add i32 1280, %0
	%4552 = icmp slt i32 %4551, %4435
	br i1 %4552, label %4553, label %4573

4553:
	%4554 = add i32 %4551, u0x1000
	%4555 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4554
	%4556 = load i32, i32 addrspace(3)* %4555
	%4557 = lshr i32 %4556, 24
	%4558 = and i32 %4557, 255
	%4559 = add i32 %4558, 768
	%4560 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4559
	%4561 = load i32, i32 addrspace(3)* %4560
	%4562 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %4558
	%4563 = load i32, i32 addrspace(3)* %4562
	%4564 = sub i32 %4551, %4563
	%4565 = add i32 %4561, %4564
	%4566 = sext i32 %4565 to i64
	%4567 = getelementptr i32, i32* %44, i64 %4566
	store i32 %4556, i32* %4567
	%4568 = add i32 %4551, 6144
	%4569 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4568
	%4570 = load i32, i32 addrspace(3)* %4569
	%4571 = sext i32 %4565 to i64
	%4572 = getelementptr i32, i32* %15, i64 %4571
	store i32 %4570, i32* %4572
	br label %4573

4573:
	%4574 = add i32 1536, %0
	%4575 = icmp slt i32 %4574, %4435
	br i1 %4575, label %4576, label %4596

4576:
	%4577 = add i32 %4574, u0x1000
	%4578 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4577
	%4579 = load i32, i32 addrspace(3)* %4578
	%4580 = lshr i32 %4579, 24
	%4581 = and i32 %4580, 255
	%4582 = add i32 %4581, 768
	%4583 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4582
	%4584 = load i32, i32 addrspace(3)* %4583
	%4585 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %4581
	%4586 = load i32, i32 addrspace(3)* %4585
	%4587 = sub i32 %4574, %4586
	%4588 = add i32 %4584, %4587
	%4589 = sext i32 %4588 to i64
	%4590 = getelementptr i32, i32* %44, i64 %4589
	store i32 %4579, i32* %4590
	%4591 = add i32 %4574, 6144
	%4592 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4591
	%4593 = load i32, i32 addrspace(3)* %4592
	%4594 = sext i32 %4588 to i64
	%4595 = getelementptr i32, i32* %15, i64 %4594
	store i32 %4593, i32* %4595
	br label %4596

4596:
	%4597 = add i32 1792, %0
	%4598 = icmp slt i32 %4597, %4435
	br i1 %4598, label %4599, label %4619

4599:
	%4600 = add i32 %4597, u0x1000
	%4601 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4600
	%4602 = load i32, i32 addrspace(3)* %4601
	%4603 = lshr i32 %4602, 24
	%4604 = and i32 %4603, 255
	%4605 = add i32 %4604, 768
	%4606 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4605
	%4607 = load i32, i32 addrspace(3)* %4606
	%4608 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_start, i32 0, i32 %4604
	%4609 = load i32, i32 addrspace(3)* %4608
	%4610 = sub i32 %4597, %4609
	%4611 = add i32 %4607, %4610
	%4612 = sext i32 %4611 to i64
	%4613 = getelementptr i32, i32* %44, i64 %4612
	store i32 %4602, i32* %4613
	%4614 = add i32 %4597, 6144
	%4615 = getelementptr [8192 x i32], [8192 x i32] addrspace(3)* @$K_big, i32 0, i32 %4614
	%4616 = load i32, i32 addrspace(3)* %4615
	%4617 = sext i32 %4611 to i64
	%4618 = getelementptr i32, i32* %15, i64 %4617
	store i32 %4616, i32* %4618
	br label %4619

4619:
	call void @llvm.nvvm.barrier0()
	%4620 = add i32 %0, 768
	%4621 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4620
	%4622 = load i32, i32 addrspace(3)* %4621
	%4623 = add i32 %4622, %4227
	%4624 = add i32 %0, 768
	%4625 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @$K_hist, i32 0, i32 %4624
	store i32 %4623, i32 addrspace(3)* %4625
	%4626 = add i32 %3829, 2048
	br label %3828
}
