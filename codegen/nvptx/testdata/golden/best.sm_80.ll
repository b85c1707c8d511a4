; best
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@best_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_init_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_init_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_init_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_init_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_init_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_ties_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_ties_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_ties_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_ties_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_ties_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_scan_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_scan_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scan_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_scan_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_scan_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_take_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_take_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_take_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_take_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@best_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@best_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@best_attn2_comp_scan = internal addrspace(3) global [8 x i32] undef, align 16

define ptx_kernel void @best_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = add i32 %141, %off
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = icmp slt i32 %144, %M
	%146 = select i1 %145, i32 %144, i32 %M
	%147 = sub i32 %146, 1
	%148 = add i32 %147, %off
	%149 = icmp slt i32 %142, 0
	%150 = sub i32 0, %142
	%151 = sub i32 64, 1
	%152 = add i32 %150, %151
	%153 = sdiv i32 %152, 64
	%154 = sub i32 0, %153
	%155 = sdiv i32 %142, 64
	%156 = select i1 %149, i32 %154, i32 %155
	%157 = icmp slt i32 %148, 0
	%158 = sub i32 0, %148
	%159 = sub i32 64, 1
	%160 = add i32 %158, %159
	%161 = sdiv i32 %160, 64
	%162 = sub i32 0, %161
	%163 = sdiv i32 %148, 64
	%164 = select i1 %157, i32 %162, i32 %163
	br label %165

165:
	%166 = phi i32 [ %0, %116 ], [ %210, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %209, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %166
	%171 = load i32, i32 addrspace(3)* %170
	%172 = bitcast i32 %171 to float
	%173 = fcmp oge float %172, 0.0
	%174 = fmul float %172, %140
	%175 = select i1 %173, float %174, float -1.0
	%176 = icmp slt i32 %166, %NK
	br i1 %176, label %192, label %196

177:
	%178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 16, i32 31)
	%179 = fadd float %167, %178
	%180 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %179, i32 8, i32 31)
	%181 = fadd float %179, %180
	%182 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %181, i32 4, i32 31)
	%183 = fadd float %181, %182
	%184 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %183, i32 2, i32 31)
	%185 = fadd float %183, %184
	%186 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %185, i32 1, i32 31)
	%187 = fadd float %185, %186
	%188 = lshr i32 %0, 5
	%189 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%190 = icmp eq i32 %189, 0
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %188
	br i1 %190, label %211, label %212

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = icmp sge i32 %166, %156
	%198 = icmp sle i32 %166, %164
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = icmp eq i32 %166, 0
	%202 = or i1 %200, %201
	%203 = bitcast float %175 to i32
	%204 = add i32 %203, 2
	%205 = select i1 %202, i32 1, i32 %204
	%206 = select i1 %173, i32 %205, i32 0
	%207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %166
	store i32 %206, i32 addrspace(3)* %207
	%208 = uitofp i1 %173 to float
	%209 = fadd float %167, %208
	%210 = add i32 %166, 256
	br label %165

211:
	store float %187, float addrspace(3)* %191
	br label %212

212:
	call void @llvm.nvvm.barrier0()
	%213 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%214 = load float, float addrspace(3)* %213
	%215 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%216 = load float, float addrspace(3)* %215
	%217 = fadd float %214, %216
	%218 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%219 = load float, float addrspace(3)* %218
	%220 = fadd float %217, %219
	%221 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%222 = load float, float addrspace(3)* %221
	%223 = fadd float %220, %222
	%224 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%225 = load float, float addrspace(3)* %224
	%226 = fadd float %223, %225
	%227 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%228 = load float, float addrspace(3)* %227
	%229 = fadd float %226, %228
	%230 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%231 = load float, float addrspace(3)* %230
	%232 = fadd float %229, %231
	%233 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%234 = load float, float addrspace(3)* %233
	%235 = fadd float %232, %234
	%236 = fptosi float %235 to i32
	%237 = icmp eq i32 %0, 0
	br i1 %237, label %238, label %242

238:
	%239 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 0
	%240 = load i32, i32 addrspace(3)* %239
	%241 = icmp eq i32 %240, 1
	br i1 %241, label %249, label %257

242:
	call void @llvm.nvvm.barrier0()
	%243 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	%244 = load i32, i32 addrspace(3)* %243
	%245 = sub i32 %236, %244
	%246 = mul i32 %2, %NQ
	%247 = add i32 %246, %1
	%248 = icmp eq i32 %0, 0
	br i1 %248, label %303, label %311

249:
	%250 = add i32 %13, 0
	%251 = sext i32 %250 to i64
	%252 = getelementptr i32, i32* %list, i64 %251
	store i32 0, i32* %252
	%253 = add i32 %13, %NK
	%254 = add i32 %253, 0
	%255 = sext i32 %254 to i64
	%256 = getelementptr i32, i32* %list, i64 %255
	store i32 1, i32* %256
	br label %257

257:
	%258 = add i32 %11, 0
	%259 = sext i32 %258 to i64
	%260 = getelementptr float, float* %e, i64 %259
	%261 = load float, float* %260
	%262 = add i32 0, 1
	%263 = select i1 %241, i32 %262, i32 0
	%264 = fpext float %261 to double
	%265 = fadd double 0.0, %264
	%266 = select i1 %241, double %265, double 0.0
	%267 = icmp sgt i32 %156, 1
	%268 = select i1 %267, i32 %156, i32 1
	%269 = add i32 %164, 1
	%270 = icmp slt i32 %269, %NK
	%271 = select i1 %270, i32 %269, i32 %NK
	br label %272

272:
	%273 = phi i32 [ %268, %257 ], [ %302, %292 ]
	%274 = phi i32 [ %263, %257 ], [ %298, %292 ]
	%275 = phi double [ %266, %257 ], [ %301, %292 ]
	%276 = icmp slt i32 %273, %271
	br i1 %276, label %277, label %281

277:
	%278 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %273
	%279 = load i32, i32 addrspace(3)* %278
	%280 = icmp eq i32 %279, 1
	br i1 %280, label %284, label %292

281:
	%282 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	store i32 %274, i32 addrspace(3)* %282
	%283 = getelementptr [1 x double], [1 x double] addrspace(3)* @best_select1_mass, i32 0, i32 0
	store double %275, double addrspace(3)* %283
	br label %242

284:
	%285 = add i32 %13, %274
	%286 = sext i32 %285 to i64
	%287 = getelementptr i32, i32* %list, i64 %286
	store i32 %273, i32* %287
	%288 = add i32 %13, %NK
	%289 = add i32 %288, %274
	%290 = sext i32 %289 to i64
	%291 = getelementptr i32, i32* %list, i64 %290
	store i32 1, i32* %291
	br label %292

292:
	%293 = add i32 %11, %273
	%294 = sext i32 %293 to i64
	%295 = getelementptr float, float* %e, i64 %294
	%296 = load float, float* %295
	%297 = add i32 %274, 1
	%298 = select i1 %280, i32 %297, i32 %274
	%299 = fpext float %296 to double
	%300 = fadd double %275, %299
	%301 = select i1 %280, double %300, double %275
	%302 = add i32 %273, 1
	br label %272

303:
	%304 = mul i32 %247, 2
	%305 = sext i32 %304 to i64
	%306 = getelementptr i32, i32* %cnt, i64 %305
	store i32 %236, i32* %306
	%307 = mul i32 %247, 2
	%308 = add i32 %307, 1
	%309 = sext i32 %308 to i64
	%310 = getelementptr i32, i32* %cnt, i64 %309
	store i32 %244, i32* %310
	br label %311

311:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @best_select1_init(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	br label %8

8:
	%9 = phi i32 [ %0, %entry ], [ %25, %13 ]
	%10 = phi i32 [ 0, %entry ], [ %19, %13 ]
	%11 = phi i32 [ 0, %entry ], [ %24, %13 ]
	%12 = icmp slt i32 %9, %R
	br i1 %12, label %13, label %26

13:
	%14 = add i32 %7, %9
	%15 = mul i32 %14, 2
	%16 = sext i32 %15 to i64
	%17 = getelementptr i32, i32* %cnt, i64 %16
	%18 = load i32, i32* %17
	%19 = add i32 %10, %18
	%20 = add i32 %15, 1
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %cnt, i64 %21
	%23 = load i32, i32* %22
	%24 = add i32 %11, %23
	%25 = add i32 %9, 256
	br label %8

26:
	%27 = and i32 %0, 31
	%28 = lshr i32 %0, 5
	%29 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10, i32 1, i32 0)
	%30 = icmp uge i32 %27, 1
	%31 = select i1 %30, i32 %29, i32 0
	%32 = add i32 %10, %31
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %32, i32 2, i32 0)
	%34 = icmp uge i32 %27, 2
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %32, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 4, i32 0)
	%38 = icmp uge i32 %27, 4
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 8, i32 0)
	%42 = icmp uge i32 %27, 8
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 16, i32 0)
	%46 = icmp uge i32 %27, 16
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = icmp eq i32 %27, 31
	br i1 %49, label %50, label %52

50:
	%51 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 %28
	store i32 %48, i32 addrspace(3)* %51
	br label %52

52:
	call void @llvm.nvvm.barrier0()
	%53 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 0
	%54 = load i32, i32 addrspace(3)* %53
	%55 = icmp sgt i32 %28, 0
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 0, %56
	%58 = add i32 0, %54
	%59 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 1
	%60 = load i32, i32 addrspace(3)* %59
	%61 = icmp sgt i32 %28, 1
	%62 = select i1 %61, i32 %60, i32 0
	%63 = add i32 %57, %62
	%64 = add i32 %58, %60
	%65 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 2
	%66 = load i32, i32 addrspace(3)* %65
	%67 = icmp sgt i32 %28, 2
	%68 = select i1 %67, i32 %66, i32 0
	%69 = add i32 %63, %68
	%70 = add i32 %64, %66
	%71 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 3
	%72 = load i32, i32 addrspace(3)* %71
	%73 = icmp sgt i32 %28, 3
	%74 = select i1 %73, i32 %72, i32 0
	%75 = add i32 %69, %74
	%76 = add i32 %70, %72
	%77 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 4
	%78 = load i32, i32 addrspace(3)* %77
	%79 = icmp sgt i32 %28, 4
	%80 = select i1 %79, i32 %78, i32 0
	%81 = add i32 %75, %80
	%82 = add i32 %76, %78
	%83 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 5
	%84 = load i32, i32 addrspace(3)* %83
	%85 = icmp sgt i32 %28, 5
	%86 = select i1 %85, i32 %84, i32 0
	%87 = add i32 %81, %86
	%88 = add i32 %82, %84
	%89 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 6
	%90 = load i32, i32 addrspace(3)* %89
	%91 = icmp sgt i32 %28, 6
	%92 = select i1 %91, i32 %90, i32 0
	%93 = add i32 %87, %92
	%94 = add i32 %88, %90
	%95 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 7
	%96 = load i32, i32 addrspace(3)* %95
	%97 = icmp sgt i32 %28, 7
	%98 = select i1 %97, i32 %96, i32 0
	%99 = add i32 %93, %98
	%100 = add i32 %94, %96
	%101 = add i32 %99, %48
	%102 = sub i32 %101, %10
	%103 = and i32 %0, 31
	%104 = lshr i32 %0, 5
	%105 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11, i32 1, i32 0)
	%106 = icmp uge i32 %103, 1
	%107 = select i1 %106, i32 %105, i32 0
	%108 = add i32 %11, %107
	%109 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %108, i32 2, i32 0)
	%110 = icmp uge i32 %103, 2
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %108, %111
	%113 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %112, i32 4, i32 0)
	%114 = icmp uge i32 %103, 4
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %112, %115
	%117 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %116, i32 8, i32 0)
	%118 = icmp uge i32 %103, 8
	%119 = select i1 %118, i32 %117, i32 0
	%120 = add i32 %116, %119
	%121 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %120, i32 16, i32 0)
	%122 = icmp uge i32 %103, 16
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %120, %123
	%125 = icmp eq i32 %103, 31
	br i1 %125, label %126, label %128

126:
	%127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 %104
	store i32 %124, i32 addrspace(3)* %127
	br label %128

128:
	call void @llvm.nvvm.barrier0()
	%129 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 0
	%130 = load i32, i32 addrspace(3)* %129
	%131 = icmp sgt i32 %104, 0
	%132 = select i1 %131, i32 %130, i32 0
	%133 = add i32 0, %132
	%134 = add i32 0, %130
	%135 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 1
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp sgt i32 %104, 1
	%138 = select i1 %137, i32 %136, i32 0
	%139 = add i32 %133, %138
	%140 = add i32 %134, %136
	%141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 2
	%142 = load i32, i32 addrspace(3)* %141
	%143 = icmp sgt i32 %104, 2
	%144 = select i1 %143, i32 %142, i32 0
	%145 = add i32 %139, %144
	%146 = add i32 %140, %142
	%147 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 3
	%148 = load i32, i32 addrspace(3)* %147
	%149 = icmp sgt i32 %104, 3
	%150 = select i1 %149, i32 %148, i32 0
	%151 = add i32 %145, %150
	%152 = add i32 %146, %148
	%153 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 4
	%154 = load i32, i32 addrspace(3)* %153
	%155 = icmp sgt i32 %104, 4
	%156 = select i1 %155, i32 %154, i32 0
	%157 = add i32 %151, %156
	%158 = add i32 %152, %154
	%159 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 5
	%160 = load i32, i32 addrspace(3)* %159
	%161 = icmp sgt i32 %104, 5
	%162 = select i1 %161, i32 %160, i32 0
	%163 = add i32 %157, %162
	%164 = add i32 %158, %160
	%165 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 6
	%166 = load i32, i32 addrspace(3)* %165
	%167 = icmp sgt i32 %104, 6
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %163, %168
	%170 = add i32 %164, %166
	%171 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 7
	%172 = load i32, i32 addrspace(3)* %171
	%173 = icmp sgt i32 %104, 7
	%174 = select i1 %173, i32 %172, i32 0
	%175 = add i32 %169, %174
	%176 = add i32 %170, %172
	%177 = add i32 %175, %124
	%178 = sub i32 %177, %11
	%179 = sitofp i32 %100 to double
	%180 = fmul double 0x3FB7CED916872B02, %179
	%181 = fsub double %180, 0x3E112E0BE826D695
	%182 = call double @llvm.ceil.f64(double %181)
	%183 = fptosi double %182 to i32
	%184 = sub i32 %183, %176
	%185 = sub i32 %100, %176
	%186 = icmp slt i32 %184, %185
	%187 = select i1 %186, i32 %184, i32 %185
	%188 = icmp sgt i32 %187, 0
	%189 = select i1 %188, i32 %187, i32 0
	%190 = icmp eq i32 %189, 0
	%191 = icmp eq i32 %0, 0
	br i1 %191, label %192, label %207

192:
	%193 = select i1 %190, i32 -1, i32 0
	%194 = add i32 %2, 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i32, i32* %state, i64 %195
	store i32 %193, i32* %196
	%197 = add i32 %2, 1
	%198 = sext i32 %197 to i64
	%199 = getelementptr i32, i32* %state, i64 %198
	store i32 %193, i32* %199
	%200 = add i32 %2, 2
	%201 = sext i32 %200 to i64
	%202 = getelementptr i32, i32* %state, i64 %201
	store i32 %189, i32* %202
	%203 = zext i1 %190 to i32
	%204 = add i32 %2, 3
	%205 = sext i32 %204 to i64
	%206 = getelementptr i32, i32* %state, i64 %205
	store i32 %203, i32* %206
	br label %207

207:
	store i32 0, i32* %6
	ret void
}

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare double @llvm.ceil.f64(double %p0)

define ptx_kernel void @best_select1_hist24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %122, label %123

78:
	%79 = phi i32 [ %0, %46 ], [ %121, %120 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %120 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %84

82:
	%83 = icmp slt i32 %79, %NK
	br i1 %83, label %85, label %101

84:
	br label %47

85:
	%86 = add i32 %20, %79
	%87 = sext i32 %86 to i64
	%88 = getelementptr float, float* %e, i64 %87
	%89 = load float, float* %88
	%90 = fcmp oge float %89, 0.0
	%91 = icmp sge i32 %79, %36
	%92 = icmp sle i32 %79, %44
	%93 = and i1 %91, %92
	%94 = or i1 false, %93
	%95 = icmp eq i32 %79, 0
	%96 = or i1 %94, %95
	%97 = bitcast float %89 to i32
	%98 = add i32 %97, 2
	%99 = select i1 %96, i32 1, i32 %98
	%100 = select i1 %90, i32 %99, i32 0
	br label %101

101:
	%102 = phi i32 [ 0, %82 ], [ %100, %85 ]
	%103 = icmp uge i32 %102, 2
	%104 = and i32 %102, %11
	%105 = icmp eq i32 %104, %7
	%106 = and i1 %103, %105
	%107 = lshr i32 %102, 24
	%108 = and i32 %107, 255
	%109 = select i1 %106, i32 %108, i32 256
	%110 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %109)
	%111 = shl i32 1, %3
	%112 = sub i32 %111, 1
	%113 = and i32 %110, %112
	%114 = icmp eq i32 %113, 0
	%115 = and i1 %106, %114
	br i1 %115, label %116, label %120

116:
	%117 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %108
	%118 = call i32 @llvm.ctpop.i32(i32 %110)
	%119 = atomicrmw add i32 addrspace(3)* %117, i32 %118 monotonic
	br label %120

120:
	%121 = add i32 %79, 256
	br label %78

122:
	br label %154

123:
	%124 = mul i32 %1, 8
	%125 = add i32 %124, 2
	%126 = mul i32 %2, %NQ
	%127 = add i32 %126, %125
	%128 = mul i32 %127, %NK
	%129 = mul i32 %125, 64
	%130 = add i32 %129, %off
	%131 = add i32 %125, 1
	%132 = mul i32 %131, 64
	%133 = icmp slt i32 %132, %M
	%134 = select i1 %133, i32 %132, i32 %M
	%135 = sub i32 %134, 1
	%136 = add i32 %135, %off
	%137 = icmp slt i32 %130, 0
	%138 = sub i32 0, %130
	%139 = sub i32 64, 1
	%140 = add i32 %138, %139
	%141 = sdiv i32 %140, 64
	%142 = sub i32 0, %141
	%143 = sdiv i32 %130, 64
	%144 = select i1 %137, i32 %142, i32 %143
	%145 = icmp slt i32 %136, 0
	%146 = sub i32 0, %136
	%147 = sub i32 64, 1
	%148 = add i32 %146, %147
	%149 = sdiv i32 %148, 64
	%150 = sub i32 0, %149
	%151 = sdiv i32 %136, 64
	%152 = select i1 %145, i32 %150, i32 %151
	%153 = icmp slt i32 %125, %NQ
	br i1 %153, label %198, label %199

154:
	%155 = phi i32 [ %0, %122 ], [ %197, %196 ]
	%156 = phi i32 [ 0, %122 ], [ %156, %196 ]
	%157 = icmp slt i32 %155, %15
	br i1 %157, label %158, label %160

158:
	%159 = icmp slt i32 %155, %NK
	br i1 %159, label %161, label %177

160:
	br label %123

161:
	%162 = add i32 %52, %155
	%163 = sext i32 %162 to i64
	%164 = getelementptr float, float* %e, i64 %163
	%165 = load float, float* %164
	%166 = fcmp oge float %165, 0.0
	%167 = icmp sge i32 %155, %68
	%168 = icmp sle i32 %155, %76
	%169 = and i1 %167, %168
	%170 = or i1 false, %169
	%171 = icmp eq i32 %155, 0
	%172 = or i1 %170, %171
	%173 = bitcast float %165 to i32
	%174 = add i32 %173, 2
	%175 = select i1 %172, i32 1, i32 %174
	%176 = select i1 %166, i32 %175, i32 0
	br label %177

177:
	%178 = phi i32 [ 0, %158 ], [ %176, %161 ]
	%179 = icmp uge i32 %178, 2
	%180 = and i32 %178, %11
	%181 = icmp eq i32 %180, %7
	%182 = and i1 %179, %181
	%183 = lshr i32 %178, 24
	%184 = and i32 %183, 255
	%185 = select i1 %182, i32 %184, i32 256
	%186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %185)
	%187 = shl i32 1, %3
	%188 = sub i32 %187, 1
	%189 = and i32 %186, %188
	%190 = icmp eq i32 %189, 0
	%191 = and i1 %182, %190
	br i1 %191, label %192, label %196

192:
	%193 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %184
	%194 = call i32 @llvm.ctpop.i32(i32 %186)
	%195 = atomicrmw add i32 addrspace(3)* %193, i32 %194 monotonic
	br label %196

196:
	%197 = add i32 %155, 256
	br label %154

198:
	br label %230

199:
	%200 = mul i32 %1, 8
	%201 = add i32 %200, 3
	%202 = mul i32 %2, %NQ
	%203 = add i32 %202, %201
	%204 = mul i32 %203, %NK
	%205 = mul i32 %201, 64
	%206 = add i32 %205, %off
	%207 = add i32 %201, 1
	%208 = mul i32 %207, 64
	%209 = icmp slt i32 %208, %M
	%210 = select i1 %209, i32 %208, i32 %M
	%211 = sub i32 %210, 1
	%212 = add i32 %211, %off
	%213 = icmp slt i32 %206, 0
	%214 = sub i32 0, %206
	%215 = sub i32 64, 1
	%216 = add i32 %214, %215
	%217 = sdiv i32 %216, 64
	%218 = sub i32 0, %217
	%219 = sdiv i32 %206, 64
	%220 = select i1 %213, i32 %218, i32 %219
	%221 = icmp slt i32 %212, 0
	%222 = sub i32 0, %212
	%223 = sub i32 64, 1
	%224 = add i32 %222, %223
	%225 = sdiv i32 %224, 64
	%226 = sub i32 0, %225
	%227 = sdiv i32 %212, 64
	%228 = select i1 %221, i32 %226, i32 %227
	%229 = icmp slt i32 %201, %NQ
	br i1 %229, label %274, label %275

230:
	%231 = phi i32 [ %0, %198 ], [ %273, %272 ]
	%232 = phi i32 [ 0, %198 ], [ %232, %272 ]
	%233 = icmp slt i32 %231, %15
	br i1 %233, label %234, label %236

234:
	%235 = icmp slt i32 %231, %NK
	br i1 %235, label %237, label %253

236:
	br label %199

237:
	%238 = add i32 %128, %231
	%239 = sext i32 %238 to i64
	%240 = getelementptr float, float* %e, i64 %239
	%241 = load float, float* %240
	%242 = fcmp oge float %241, 0.0
	%243 = icmp sge i32 %231, %144
	%244 = icmp sle i32 %231, %152
	%245 = and i1 %243, %244
	%246 = or i1 false, %245
	%247 = icmp eq i32 %231, 0
	%248 = or i1 %246, %247
	%249 = bitcast float %241 to i32
	%250 = add i32 %249, 2
	%251 = select i1 %248, i32 1, i32 %250
	%252 = select i1 %242, i32 %251, i32 0
	br label %253

253:
	%254 = phi i32 [ 0, %234 ], [ %252, %237 ]
	%255 = icmp uge i32 %254, 2
	%256 = and i32 %254, %11
	%257 = icmp eq i32 %256, %7
	%258 = and i1 %255, %257
	%259 = lshr i32 %254, 24
	%260 = and i32 %259, 255
	%261 = select i1 %258, i32 %260, i32 256
	%262 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %261)
	%263 = shl i32 1, %3
	%264 = sub i32 %263, 1
	%265 = and i32 %262, %264
	%266 = icmp eq i32 %265, 0
	%267 = and i1 %258, %266
	br i1 %267, label %268, label %272

268:
	%269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %260
	%270 = call i32 @llvm.ctpop.i32(i32 %262)
	%271 = atomicrmw add i32 addrspace(3)* %269, i32 %270 monotonic
	br label %272

272:
	%273 = add i32 %231, 256
	br label %230

274:
	br label %306

275:
	%276 = mul i32 %1, 8
	%277 = add i32 %276, 4
	%278 = mul i32 %2, %NQ
	%279 = add i32 %278, %277
	%280 = mul i32 %279, %NK
	%281 = mul i32 %277, 64
	%282 = add i32 %281, %off
	%283 = add i32 %277, 1
	%284 = mul i32 %283, 64
	%285 = icmp slt i32 %284, %M
	%286 = select i1 %285, i32 %284, i32 %M
	%287 = sub i32 %286, 1
	%288 = add i32 %287, %off
	%289 = icmp slt i32 %282, 0
	%290 = sub i32 0, %282
	%291 = sub i32 64, 1
	%292 = add i32 %290, %291
	%293 = sdiv i32 %292, 64
	%294 = sub i32 0, %293
	%295 = sdiv i32 %282, 64
	%296 = select i1 %289, i32 %294, i32 %295
	%297 = icmp slt i32 %288, 0
	%298 = sub i32 0, %288
	%299 = sub i32 64, 1
	%300 = add i32 %298, %299
	%301 = sdiv i32 %300, 64
	%302 = sub i32 0, %301
	%303 = sdiv i32 %288, 64
	%304 = select i1 %297, i32 %302, i32 %303
	%305 = icmp slt i32 %277, %NQ
	br i1 %305, label %350, label %351

306:
	%307 = phi i32 [ %0, %274 ], [ %349, %348 ]
	%308 = phi i32 [ 0, %274 ], [ %308, %348 ]
	%309 = icmp slt i32 %307, %15
	br i1 %309, label %310, label %312

310:
	%311 = icmp slt i32 %307, %NK
	br i1 %311, label %313, label %329

312:
	br label %275

313:
	%314 = add i32 %204, %307
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = fcmp oge float %317, 0.0
	%319 = icmp sge i32 %307, %220
	%320 = icmp sle i32 %307, %228
	%321 = and i1 %319, %320
	%322 = or i1 false, %321
	%323 = icmp eq i32 %307, 0
	%324 = or i1 %322, %323
	%325 = bitcast float %317 to i32
	%326 = add i32 %325, 2
	%327 = select i1 %324, i32 1, i32 %326
	%328 = select i1 %318, i32 %327, i32 0
	br label %329

329:
	%330 = phi i32 [ 0, %310 ], [ %328, %313 ]
	%331 = icmp uge i32 %330, 2
	%332 = and i32 %330, %11
	%333 = icmp eq i32 %332, %7
	%334 = and i1 %331, %333
	%335 = lshr i32 %330, 24
	%336 = and i32 %335, 255
	%337 = select i1 %334, i32 %336, i32 256
	%338 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %337)
	%339 = shl i32 1, %3
	%340 = sub i32 %339, 1
	%341 = and i32 %338, %340
	%342 = icmp eq i32 %341, 0
	%343 = and i1 %334, %342
	br i1 %343, label %344, label %348

344:
	%345 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %336
	%346 = call i32 @llvm.ctpop.i32(i32 %338)
	%347 = atomicrmw add i32 addrspace(3)* %345, i32 %346 monotonic
	br label %348

348:
	%349 = add i32 %307, 256
	br label %306

350:
	br label %382

351:
	%352 = mul i32 %1, 8
	%353 = add i32 %352, 5
	%354 = mul i32 %2, %NQ
	%355 = add i32 %354, %353
	%356 = mul i32 %355, %NK
	%357 = mul i32 %353, 64
	%358 = add i32 %357, %off
	%359 = add i32 %353, 1
	%360 = mul i32 %359, 64
	%361 = icmp slt i32 %360, %M
	%362 = select i1 %361, i32 %360, i32 %M
	%363 = sub i32 %362, 1
	%364 = add i32 %363, %off
	%365 = icmp slt i32 %358, 0
	%366 = sub i32 0, %358
	%367 = sub i32 64, 1
	%368 = add i32 %366, %367
	%369 = sdiv i32 %368, 64
	%370 = sub i32 0, %369
	%371 = sdiv i32 %358, 64
	%372 = select i1 %365, i32 %370, i32 %371
	%373 = icmp slt i32 %364, 0
	%374 = sub i32 0, %364
	%375 = sub i32 64, 1
	%376 = add i32 %374, %375
	%377 = sdiv i32 %376, 64
	%378 = sub i32 0, %377
	%379 = sdiv i32 %364, 64
	%380 = select i1 %373, i32 %378, i32 %379
	%381 = icmp slt i32 %353, %NQ
	br i1 %381, label %426, label %427

382:
	%383 = phi i32 [ %0, %350 ], [ %425, %424 ]
	%384 = phi i32 [ 0, %350 ], [ %384, %424 ]
	%385 = icmp slt i32 %383, %15
	br i1 %385, label %386, label %388

386:
	%387 = icmp slt i32 %383, %NK
	br i1 %387, label %389, label %405

388:
	br label %351

389:
	%390 = add i32 %280, %383
	%391 = sext i32 %390 to i64
	%392 = getelementptr float, float* %e, i64 %391
	%393 = load float, float* %392
	%394 = fcmp oge float %393, 0.0
	%395 = icmp sge i32 %383, %296
	%396 = icmp sle i32 %383, %304
	%397 = and i1 %395, %396
	%398 = or i1 false, %397
	%399 = icmp eq i32 %383, 0
	%400 = or i1 %398, %399
	%401 = bitcast float %393 to i32
	%402 = add i32 %401, 2
	%403 = select i1 %400, i32 1, i32 %402
	%404 = select i1 %394, i32 %403, i32 0
	br label %405

405:
	%406 = phi i32 [ 0, %386 ], [ %404, %389 ]
	%407 = icmp uge i32 %406, 2
	%408 = and i32 %406, %11
	%409 = icmp eq i32 %408, %7
	%410 = and i1 %407, %409
	%411 = lshr i32 %406, 24
	%412 = and i32 %411, 255
	%413 = select i1 %410, i32 %412, i32 256
	%414 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %413)
	%415 = shl i32 1, %3
	%416 = sub i32 %415, 1
	%417 = and i32 %414, %416
	%418 = icmp eq i32 %417, 0
	%419 = and i1 %410, %418
	br i1 %419, label %420, label %424

420:
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %412
	%422 = call i32 @llvm.ctpop.i32(i32 %414)
	%423 = atomicrmw add i32 addrspace(3)* %421, i32 %422 monotonic
	br label %424

424:
	%425 = add i32 %383, 256
	br label %382

426:
	br label %458

427:
	%428 = mul i32 %1, 8
	%429 = add i32 %428, 6
	%430 = mul i32 %2, %NQ
	%431 = add i32 %430, %429
	%432 = mul i32 %431, %NK
	%433 = mul i32 %429, 64
	%434 = add i32 %433, %off
	%435 = add i32 %429, 1
	%436 = mul i32 %435, 64
	%437 = icmp slt i32 %436, %M
	%438 = select i1 %437, i32 %436, i32 %M
	%439 = sub i32 %438, 1
	%440 = add i32 %439, %off
	%441 = icmp slt i32 %434, 0
	%442 = sub i32 0, %434
	%443 = sub i32 64, 1
	%444 = add i32 %442, %443
	%445 = sdiv i32 %444, 64
	%446 = sub i32 0, %445
	%447 = sdiv i32 %434, 64
	%448 = select i1 %441, i32 %446, i32 %447
	%449 = icmp slt i32 %440, 0
	%450 = sub i32 0, %440
	%451 = sub i32 64, 1
	%452 = add i32 %450, %451
	%453 = sdiv i32 %452, 64
	%454 = sub i32 0, %453
	%455 = sdiv i32 %440, 64
	%456 = select i1 %449, i32 %454, i32 %455
	%457 = icmp slt i32 %429, %NQ
	br i1 %457, label %502, label %503

458:
	%459 = phi i32 [ %0, %426 ], [ %501, %500 ]
	%460 = phi i32 [ 0, %426 ], [ %460, %500 ]
	%461 = icmp slt i32 %459, %15
	br i1 %461, label %462, label %464

462:
	%463 = icmp slt i32 %459, %NK
	br i1 %463, label %465, label %481

464:
	br label %427

465:
	%466 = add i32 %356, %459
	%467 = sext i32 %466 to i64
	%468 = getelementptr float, float* %e, i64 %467
	%469 = load float, float* %468
	%470 = fcmp oge float %469, 0.0
	%471 = icmp sge i32 %459, %372
	%472 = icmp sle i32 %459, %380
	%473 = and i1 %471, %472
	%474 = or i1 false, %473
	%475 = icmp eq i32 %459, 0
	%476 = or i1 %474, %475
	%477 = bitcast float %469 to i32
	%478 = add i32 %477, 2
	%479 = select i1 %476, i32 1, i32 %478
	%480 = select i1 %470, i32 %479, i32 0
	br label %481

481:
	%482 = phi i32 [ 0, %462 ], [ %480, %465 ]
	%483 = icmp uge i32 %482, 2
	%484 = and i32 %482, %11
	%485 = icmp eq i32 %484, %7
	%486 = and i1 %483, %485
	%487 = lshr i32 %482, 24
	%488 = and i32 %487, 255
	%489 = select i1 %486, i32 %488, i32 256
	%490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %489)
	%491 = shl i32 1, %3
	%492 = sub i32 %491, 1
	%493 = and i32 %490, %492
	%494 = icmp eq i32 %493, 0
	%495 = and i1 %486, %494
	br i1 %495, label %496, label %500

496:
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %488
	%498 = call i32 @llvm.ctpop.i32(i32 %490)
	%499 = atomicrmw add i32 addrspace(3)* %497, i32 %498 monotonic
	br label %500

500:
	%501 = add i32 %459, 256
	br label %458

502:
	br label %534

503:
	%504 = mul i32 %1, 8
	%505 = add i32 %504, 7
	%506 = mul i32 %2, %NQ
	%507 = add i32 %506, %505
	%508 = mul i32 %507, %NK
	%509 = mul i32 %505, 64
	%510 = add i32 %509, %off
	%511 = add i32 %505, 1
	%512 = mul i32 %511, 64
	%513 = icmp slt i32 %512, %M
	%514 = select i1 %513, i32 %512, i32 %M
	%515 = sub i32 %514, 1
	%516 = add i32 %515, %off
	%517 = icmp slt i32 %510, 0
	%518 = sub i32 0, %510
	%519 = sub i32 64, 1
	%520 = add i32 %518, %519
	%521 = sdiv i32 %520, 64
	%522 = sub i32 0, %521
	%523 = sdiv i32 %510, 64
	%524 = select i1 %517, i32 %522, i32 %523
	%525 = icmp slt i32 %516, 0
	%526 = sub i32 0, %516
	%527 = sub i32 64, 1
	%528 = add i32 %526, %527
	%529 = sdiv i32 %528, 64
	%530 = sub i32 0, %529
	%531 = sdiv i32 %516, 64
	%532 = select i1 %525, i32 %530, i32 %531
	%533 = icmp slt i32 %505, %NQ
	br i1 %533, label %578, label %579

534:
	%535 = phi i32 [ %0, %502 ], [ %577, %576 ]
	%536 = phi i32 [ 0, %502 ], [ %536, %576 ]
	%537 = icmp slt i32 %535, %15
	br i1 %537, label %538, label %540

538:
	%539 = icmp slt i32 %535, %NK
	br i1 %539, label %541, label %557

540:
	br label %503

541:
	%542 = add i32 %432, %535
	%543 = sext i32 %542 to i64
	%544 = getelementptr float, float* %e, i64 %543
	%545 = load float, float* %544
	%546 = fcmp oge float %545, 0.0
	%547 = icmp sge i32 %535, %448
	%548 = icmp sle i32 %535, %456
	%549 = and i1 %547, %548
	%550 = or i1 false, %549
	%551 = icmp eq i32 %535, 0
	%552 = or i1 %550, %551
	%553 = bitcast float %545 to i32
	%554 = add i32 %553, 2
	%555 = select i1 %552, i32 1, i32 %554
	%556 = select i1 %546, i32 %555, i32 0
	br label %557

557:
	%558 = phi i32 [ 0, %538 ], [ %556, %541 ]
	%559 = icmp uge i32 %558, 2
	%560 = and i32 %558, %11
	%561 = icmp eq i32 %560, %7
	%562 = and i1 %559, %561
	%563 = lshr i32 %558, 24
	%564 = and i32 %563, 255
	%565 = select i1 %562, i32 %564, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %562, %570
	br i1 %571, label %572, label %576

572:
	%573 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %564
	%574 = call i32 @llvm.ctpop.i32(i32 %566)
	%575 = atomicrmw add i32 addrspace(3)* %573, i32 %574 monotonic
	br label %576

576:
	%577 = add i32 %535, 256
	br label %534

578:
	br label %583

579:
	call void @llvm.nvvm.barrier0()
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp ne i32 %581, 0
	br i1 %582, label %627, label %633

583:
	%584 = phi i32 [ %0, %578 ], [ %626, %625 ]
	%585 = phi i32 [ 0, %578 ], [ %585, %625 ]
	%586 = icmp slt i32 %584, %15
	br i1 %586, label %587, label %589

587:
	%588 = icmp slt i32 %584, %NK
	br i1 %588, label %590, label %606

589:
	br label %579

590:
	%591 = add i32 %508, %584
	%592 = sext i32 %591 to i64
	%593 = getelementptr float, float* %e, i64 %592
	%594 = load float, float* %593
	%595 = fcmp oge float %594, 0.0
	%596 = icmp sge i32 %584, %524
	%597 = icmp sle i32 %584, %532
	%598 = and i1 %596, %597
	%599 = or i1 false, %598
	%600 = icmp eq i32 %584, 0
	%601 = or i1 %599, %600
	%602 = bitcast float %594 to i32
	%603 = add i32 %602, 2
	%604 = select i1 %601, i32 1, i32 %603
	%605 = select i1 %595, i32 %604, i32 0
	br label %606

606:
	%607 = phi i32 [ 0, %587 ], [ %605, %590 ]
	%608 = icmp uge i32 %607, 2
	%609 = and i32 %607, %11
	%610 = icmp eq i32 %609, %7
	%611 = and i1 %608, %610
	%612 = lshr i32 %607, 24
	%613 = and i32 %612, 255
	%614 = select i1 %611, i32 %613, i32 256
	%615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %614)
	%616 = shl i32 1, %3
	%617 = sub i32 %616, 1
	%618 = and i32 %615, %617
	%619 = icmp eq i32 %618, 0
	%620 = and i1 %611, %619
	br i1 %620, label %621, label %625

621:
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %613
	%623 = call i32 @llvm.ctpop.i32(i32 %615)
	%624 = atomicrmw add i32 addrspace(3)* %622, i32 %623 monotonic
	br label %625

625:
	%626 = add i32 %584, 256
	br label %583

627:
	%628 = mul i32 0, 256
	%629 = add i32 %628, %0
	%630 = sext i32 %629 to i64
	%631 = getelementptr i32, i32* %hist, i64 %630
	%632 = atomicrmw add i32* %631, i32 %581 monotonic
	br label %633

633:
	ret void
}

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

define ptx_kernel void @best_select1_pick24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 24
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF000000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %122, label %123

78:
	%79 = phi i32 [ %0, %46 ], [ %121, %120 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %120 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %84

82:
	%83 = icmp slt i32 %79, %NK
	br i1 %83, label %85, label %101

84:
	br label %47

85:
	%86 = add i32 %20, %79
	%87 = sext i32 %86 to i64
	%88 = getelementptr float, float* %e, i64 %87
	%89 = load float, float* %88
	%90 = fcmp oge float %89, 0.0
	%91 = icmp sge i32 %79, %36
	%92 = icmp sle i32 %79, %44
	%93 = and i1 %91, %92
	%94 = or i1 false, %93
	%95 = icmp eq i32 %79, 0
	%96 = or i1 %94, %95
	%97 = bitcast float %89 to i32
	%98 = add i32 %97, 2
	%99 = select i1 %96, i32 1, i32 %98
	%100 = select i1 %90, i32 %99, i32 0
	br label %101

101:
	%102 = phi i32 [ 0, %82 ], [ %100, %85 ]
	%103 = icmp uge i32 %102, 2
	%104 = and i32 %102, %11
	%105 = icmp eq i32 %104, %7
	%106 = and i1 %103, %105
	%107 = lshr i32 %102, 16
	%108 = and i32 %107, 255
	%109 = select i1 %106, i32 %108, i32 256
	%110 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %109)
	%111 = shl i32 1, %3
	%112 = sub i32 %111, 1
	%113 = and i32 %110, %112
	%114 = icmp eq i32 %113, 0
	%115 = and i1 %106, %114
	br i1 %115, label %116, label %120

116:
	%117 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %108
	%118 = call i32 @llvm.ctpop.i32(i32 %110)
	%119 = atomicrmw add i32 addrspace(3)* %117, i32 %118 monotonic
	br label %120

120:
	%121 = add i32 %79, 256
	br label %78

122:
	br label %154

123:
	%124 = mul i32 %1, 8
	%125 = add i32 %124, 2
	%126 = mul i32 %2, %NQ
	%127 = add i32 %126, %125
	%128 = mul i32 %127, %NK
	%129 = mul i32 %125, 64
	%130 = add i32 %129, %off
	%131 = add i32 %125, 1
	%132 = mul i32 %131, 64
	%133 = icmp slt i32 %132, %M
	%134 = select i1 %133, i32 %132, i32 %M
	%135 = sub i32 %134, 1
	%136 = add i32 %135, %off
	%137 = icmp slt i32 %130, 0
	%138 = sub i32 0, %130
	%139 = sub i32 64, 1
	%140 = add i32 %138, %139
	%141 = sdiv i32 %140, 64
	%142 = sub i32 0, %141
	%143 = sdiv i32 %130, 64
	%144 = select i1 %137, i32 %142, i32 %143
	%145 = icmp slt i32 %136, 0
	%146 = sub i32 0, %136
	%147 = sub i32 64, 1
	%148 = add i32 %146, %147
	%149 = sdiv i32 %148, 64
	%150 = sub i32 0, %149
	%151 = sdiv i32 %136, 64
	%152 = select i1 %145, i32 %150, i32 %151
	%153 = icmp slt i32 %125, %NQ
	br i1 %153, label %198, label %199

154:
	%155 = phi i32 [ %0, %122 ], [ %197, %196 ]
	%156 = phi i32 [ 0, %122 ], [ %156, %196 ]
	%157 = icmp slt i32 %155, %15
	br i1 %157, label %158, label %160

158:
	%159 = icmp slt i32 %155, %NK
	br i1 %159, label %161, label %177

160:
	br label %123

161:
	%162 = add i32 %52, %155
	%163 = sext i32 %162 to i64
	%164 = getelementptr float, float* %e, i64 %163
	%165 = load float, float* %164
	%166 = fcmp oge float %165, 0.0
	%167 = icmp sge i32 %155, %68
	%168 = icmp sle i32 %155, %76
	%169 = and i1 %167, %168
	%170 = or i1 false, %169
	%171 = icmp eq i32 %155, 0
	%172 = or i1 %170, %171
	%173 = bitcast float %165 to i32
	%174 = add i32 %173, 2
	%175 = select i1 %172, i32 1, i32 %174
	%176 = select i1 %166, i32 %175, i32 0
	br label %177

177:
	%178 = phi i32 [ 0, %158 ], [ %176, %161 ]
	%179 = icmp uge i32 %178, 2
	%180 = and i32 %178, %11
	%181 = icmp eq i32 %180, %7
	%182 = and i1 %179, %181
	%183 = lshr i32 %178, 16
	%184 = and i32 %183, 255
	%185 = select i1 %182, i32 %184, i32 256
	%186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %185)
	%187 = shl i32 1, %3
	%188 = sub i32 %187, 1
	%189 = and i32 %186, %188
	%190 = icmp eq i32 %189, 0
	%191 = and i1 %182, %190
	br i1 %191, label %192, label %196

192:
	%193 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %184
	%194 = call i32 @llvm.ctpop.i32(i32 %186)
	%195 = atomicrmw add i32 addrspace(3)* %193, i32 %194 monotonic
	br label %196

196:
	%197 = add i32 %155, 256
	br label %154

198:
	br label %230

199:
	%200 = mul i32 %1, 8
	%201 = add i32 %200, 3
	%202 = mul i32 %2, %NQ
	%203 = add i32 %202, %201
	%204 = mul i32 %203, %NK
	%205 = mul i32 %201, 64
	%206 = add i32 %205, %off
	%207 = add i32 %201, 1
	%208 = mul i32 %207, 64
	%209 = icmp slt i32 %208, %M
	%210 = select i1 %209, i32 %208, i32 %M
	%211 = sub i32 %210, 1
	%212 = add i32 %211, %off
	%213 = icmp slt i32 %206, 0
	%214 = sub i32 0, %206
	%215 = sub i32 64, 1
	%216 = add i32 %214, %215
	%217 = sdiv i32 %216, 64
	%218 = sub i32 0, %217
	%219 = sdiv i32 %206, 64
	%220 = select i1 %213, i32 %218, i32 %219
	%221 = icmp slt i32 %212, 0
	%222 = sub i32 0, %212
	%223 = sub i32 64, 1
	%224 = add i32 %222, %223
	%225 = sdiv i32 %224, 64
	%226 = sub i32 0, %225
	%227 = sdiv i32 %212, 64
	%228 = select i1 %221, i32 %226, i32 %227
	%229 = icmp slt i32 %201, %NQ
	br i1 %229, label %274, label %275

230:
	%231 = phi i32 [ %0, %198 ], [ %273, %272 ]
	%232 = phi i32 [ 0, %198 ], [ %232, %272 ]
	%233 = icmp slt i32 %231, %15
	br i1 %233, label %234, label %236

234:
	%235 = icmp slt i32 %231, %NK
	br i1 %235, label %237, label %253

236:
	br label %199

237:
	%238 = add i32 %128, %231
	%239 = sext i32 %238 to i64
	%240 = getelementptr float, float* %e, i64 %239
	%241 = load float, float* %240
	%242 = fcmp oge float %241, 0.0
	%243 = icmp sge i32 %231, %144
	%244 = icmp sle i32 %231, %152
	%245 = and i1 %243, %244
	%246 = or i1 false, %245
	%247 = icmp eq i32 %231, 0
	%248 = or i1 %246, %247
	%249 = bitcast float %241 to i32
	%250 = add i32 %249, 2
	%251 = select i1 %248, i32 1, i32 %250
	%252 = select i1 %242, i32 %251, i32 0
	br label %253

253:
	%254 = phi i32 [ 0, %234 ], [ %252, %237 ]
	%255 = icmp uge i32 %254, 2
	%256 = and i32 %254, %11
	%257 = icmp eq i32 %256, %7
	%258 = and i1 %255, %257
	%259 = lshr i32 %254, 16
	%260 = and i32 %259, 255
	%261 = select i1 %258, i32 %260, i32 256
	%262 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %261)
	%263 = shl i32 1, %3
	%264 = sub i32 %263, 1
	%265 = and i32 %262, %264
	%266 = icmp eq i32 %265, 0
	%267 = and i1 %258, %266
	br i1 %267, label %268, label %272

268:
	%269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %260
	%270 = call i32 @llvm.ctpop.i32(i32 %262)
	%271 = atomicrmw add i32 addrspace(3)* %269, i32 %270 monotonic
	br label %272

272:
	%273 = add i32 %231, 256
	br label %230

274:
	br label %306

275:
	%276 = mul i32 %1, 8
	%277 = add i32 %276, 4
	%278 = mul i32 %2, %NQ
	%279 = add i32 %278, %277
	%280 = mul i32 %279, %NK
	%281 = mul i32 %277, 64
	%282 = add i32 %281, %off
	%283 = add i32 %277, 1
	%284 = mul i32 %283, 64
	%285 = icmp slt i32 %284, %M
	%286 = select i1 %285, i32 %284, i32 %M
	%287 = sub i32 %286, 1
	%288 = add i32 %287, %off
	%289 = icmp slt i32 %282, 0
	%290 = sub i32 0, %282
	%291 = sub i32 64, 1
	%292 = add i32 %290, %291
	%293 = sdiv i32 %292, 64
	%294 = sub i32 0, %293
	%295 = sdiv i32 %282, 64
	%296 = select i1 %289, i32 %294, i32 %295
	%297 = icmp slt i32 %288, 0
	%298 = sub i32 0, %288
	%299 = sub i32 64, 1
	%300 = add i32 %298, %299
	%301 = sdiv i32 %300, 64
	%302 = sub i32 0, %301
	%303 = sdiv i32 %288, 64
	%304 = select i1 %297, i32 %302, i32 %303
	%305 = icmp slt i32 %277, %NQ
	br i1 %305, label %350, label %351

306:
	%307 = phi i32 [ %0, %274 ], [ %349, %348 ]
	%308 = phi i32 [ 0, %274 ], [ %308, %348 ]
	%309 = icmp slt i32 %307, %15
	br i1 %309, label %310, label %312

310:
	%311 = icmp slt i32 %307, %NK
	br i1 %311, label %313, label %329

312:
	br label %275

313:
	%314 = add i32 %204, %307
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = fcmp oge float %317, 0.0
	%319 = icmp sge i32 %307, %220
	%320 = icmp sle i32 %307, %228
	%321 = and i1 %319, %320
	%322 = or i1 false, %321
	%323 = icmp eq i32 %307, 0
	%324 = or i1 %322, %323
	%325 = bitcast float %317 to i32
	%326 = add i32 %325, 2
	%327 = select i1 %324, i32 1, i32 %326
	%328 = select i1 %318, i32 %327, i32 0
	br label %329

329:
	%330 = phi i32 [ 0, %310 ], [ %328, %313 ]
	%331 = icmp uge i32 %330, 2
	%332 = and i32 %330, %11
	%333 = icmp eq i32 %332, %7
	%334 = and i1 %331, %333
	%335 = lshr i32 %330, 16
	%336 = and i32 %335, 255
	%337 = select i1 %334, i32 %336, i32 256
	%338 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %337)
	%339 = shl i32 1, %3
	%340 = sub i32 %339, 1
	%341 = and i32 %338, %340
	%342 = icmp eq i32 %341, 0
	%343 = and i1 %334, %342
	br i1 %343, label %344, label %348

344:
	%345 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %336
	%346 = call i32 @llvm.ctpop.i32(i32 %338)
	%347 = atomicrmw add i32 addrspace(3)* %345, i32 %346 monotonic
	br label %348

348:
	%349 = add i32 %307, 256
	br label %306

350:
	br label %382

351:
	%352 = mul i32 %1, 8
	%353 = add i32 %352, 5
	%354 = mul i32 %2, %NQ
	%355 = add i32 %354, %353
	%356 = mul i32 %355, %NK
	%357 = mul i32 %353, 64
	%358 = add i32 %357, %off
	%359 = add i32 %353, 1
	%360 = mul i32 %359, 64
	%361 = icmp slt i32 %360, %M
	%362 = select i1 %361, i32 %360, i32 %M
	%363 = sub i32 %362, 1
	%364 = add i32 %363, %off
	%365 = icmp slt i32 %358, 0
	%366 = sub i32 0, %358
	%367 = sub i32 64, 1
	%368 = add i32 %366, %367
	%369 = sdiv i32 %368, 64
	%370 = sub i32 0, %369
	%371 = sdiv i32 %358, 64
	%372 = select i1 %365, i32 %370, i32 %371
	%373 = icmp slt i32 %364, 0
	%374 = sub i32 0, %364
	%375 = sub i32 64, 1
	%376 = add i32 %374, %375
	%377 = sdiv i32 %376, 64
	%378 = sub i32 0, %377
	%379 = sdiv i32 %364, 64
	%380 = select i1 %373, i32 %378, i32 %379
	%381 = icmp slt i32 %353, %NQ
	br i1 %381, label %426, label %427

382:
	%383 = phi i32 [ %0, %350 ], [ %425, %424 ]
	%384 = phi i32 [ 0, %350 ], [ %384, %424 ]
	%385 = icmp slt i32 %383, %15
	br i1 %385, label %386, label %388

386:
	%387 = icmp slt i32 %383, %NK
	br i1 %387, label %389, label %405

388:
	br label %351

389:
	%390 = add i32 %280, %383
	%391 = sext i32 %390 to i64
	%392 = getelementptr float, float* %e, i64 %391
	%393 = load float, float* %392
	%394 = fcmp oge float %393, 0.0
	%395 = icmp sge i32 %383, %296
	%396 = icmp sle i32 %383, %304
	%397 = and i1 %395, %396
	%398 = or i1 false, %397
	%399 = icmp eq i32 %383, 0
	%400 = or i1 %398, %399
	%401 = bitcast float %393 to i32
	%402 = add i32 %401, 2
	%403 = select i1 %400, i32 1, i32 %402
	%404 = select i1 %394, i32 %403, i32 0
	br label %405

405:
	%406 = phi i32 [ 0, %386 ], [ %404, %389 ]
	%407 = icmp uge i32 %406, 2
	%408 = and i32 %406, %11
	%409 = icmp eq i32 %408, %7
	%410 = and i1 %407, %409
	%411 = lshr i32 %406, 16
	%412 = and i32 %411, 255
	%413 = select i1 %410, i32 %412, i32 256
	%414 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %413)
	%415 = shl i32 1, %3
	%416 = sub i32 %415, 1
	%417 = and i32 %414, %416
	%418 = icmp eq i32 %417, 0
	%419 = and i1 %410, %418
	br i1 %419, label %420, label %424

420:
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %412
	%422 = call i32 @llvm.ctpop.i32(i32 %414)
	%423 = atomicrmw add i32 addrspace(3)* %421, i32 %422 monotonic
	br label %424

424:
	%425 = add i32 %383, 256
	br label %382

426:
	br label %458

427:
	%428 = mul i32 %1, 8
	%429 = add i32 %428, 6
	%430 = mul i32 %2, %NQ
	%431 = add i32 %430, %429
	%432 = mul i32 %431, %NK
	%433 = mul i32 %429, 64
	%434 = add i32 %433, %off
	%435 = add i32 %429, 1
	%436 = mul i32 %435, 64
	%437 = icmp slt i32 %436, %M
	%438 = select i1 %437, i32 %436, i32 %M
	%439 = sub i32 %438, 1
	%440 = add i32 %439, %off
	%441 = icmp slt i32 %434, 0
	%442 = sub i32 0, %434
	%443 = sub i32 64, 1
	%444 = add i32 %442, %443
	%445 = sdiv i32 %444, 64
	%446 = sub i32 0, %445
	%447 = sdiv i32 %434, 64
	%448 = select i1 %441, i32 %446, i32 %447
	%449 = icmp slt i32 %440, 0
	%450 = sub i32 0, %440
	%451 = sub i32 64, 1
	%452 = add i32 %450, %451
	%453 = sdiv i32 %452, 64
	%454 = sub i32 0, %453
	%455 = sdiv i32 %440, 64
	%456 = select i1 %449, i32 %454, i32 %455
	%457 = icmp slt i32 %429, %NQ
	br i1 %457, label %502, label %503

458:
	%459 = phi i32 [ %0, %426 ], [ %501, %500 ]
	%460 = phi i32 [ 0, %426 ], [ %460, %500 ]
	%461 = icmp slt i32 %459, %15
	br i1 %461, label %462, label %464

462:
	%463 = icmp slt i32 %459, %NK
	br i1 %463, label %465, label %481

464:
	br label %427

465:
	%466 = add i32 %356, %459
	%467 = sext i32 %466 to i64
	%468 = getelementptr float, float* %e, i64 %467
	%469 = load float, float* %468
	%470 = fcmp oge float %469, 0.0
	%471 = icmp sge i32 %459, %372
	%472 = icmp sle i32 %459, %380
	%473 = and i1 %471, %472
	%474 = or i1 false, %473
	%475 = icmp eq i32 %459, 0
	%476 = or i1 %474, %475
	%477 = bitcast float %469 to i32
	%478 = add i32 %477, 2
	%479 = select i1 %476, i32 1, i32 %478
	%480 = select i1 %470, i32 %479, i32 0
	br label %481

481:
	%482 = phi i32 [ 0, %462 ], [ %480, %465 ]
	%483 = icmp uge i32 %482, 2
	%484 = and i32 %482, %11
	%485 = icmp eq i32 %484, %7
	%486 = and i1 %483, %485
	%487 = lshr i32 %482, 16
	%488 = and i32 %487, 255
	%489 = select i1 %486, i32 %488, i32 256
	%490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %489)
	%491 = shl i32 1, %3
	%492 = sub i32 %491, 1
	%493 = and i32 %490, %492
	%494 = icmp eq i32 %493, 0
	%495 = and i1 %486, %494
	br i1 %495, label %496, label %500

496:
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %488
	%498 = call i32 @llvm.ctpop.i32(i32 %490)
	%499 = atomicrmw add i32 addrspace(3)* %497, i32 %498 monotonic
	br label %500

500:
	%501 = add i32 %459, 256
	br label %458

502:
	br label %534

503:
	%504 = mul i32 %1, 8
	%505 = add i32 %504, 7
	%506 = mul i32 %2, %NQ
	%507 = add i32 %506, %505
	%508 = mul i32 %507, %NK
	%509 = mul i32 %505, 64
	%510 = add i32 %509, %off
	%511 = add i32 %505, 1
	%512 = mul i32 %511, 64
	%513 = icmp slt i32 %512, %M
	%514 = select i1 %513, i32 %512, i32 %M
	%515 = sub i32 %514, 1
	%516 = add i32 %515, %off
	%517 = icmp slt i32 %510, 0
	%518 = sub i32 0, %510
	%519 = sub i32 64, 1
	%520 = add i32 %518, %519
	%521 = sdiv i32 %520, 64
	%522 = sub i32 0, %521
	%523 = sdiv i32 %510, 64
	%524 = select i1 %517, i32 %522, i32 %523
	%525 = icmp slt i32 %516, 0
	%526 = sub i32 0, %516
	%527 = sub i32 64, 1
	%528 = add i32 %526, %527
	%529 = sdiv i32 %528, 64
	%530 = sub i32 0, %529
	%531 = sdiv i32 %516, 64
	%532 = select i1 %525, i32 %530, i32 %531
	%533 = icmp slt i32 %505, %NQ
	br i1 %533, label %578, label %579

534:
	%535 = phi i32 [ %0, %502 ], [ %577, %576 ]
	%536 = phi i32 [ 0, %502 ], [ %536, %576 ]
	%537 = icmp slt i32 %535, %15
	br i1 %537, label %538, label %540

538:
	%539 = icmp slt i32 %535, %NK
	br i1 %539, label %541, label %557

540:
	br label %503

541:
	%542 = add i32 %432, %535
	%543 = sext i32 %542 to i64
	%544 = getelementptr float, float* %e, i64 %543
	%545 = load float, float* %544
	%546 = fcmp oge float %545, 0.0
	%547 = icmp sge i32 %535, %448
	%548 = icmp sle i32 %535, %456
	%549 = and i1 %547, %548
	%550 = or i1 false, %549
	%551 = icmp eq i32 %535, 0
	%552 = or i1 %550, %551
	%553 = bitcast float %545 to i32
	%554 = add i32 %553, 2
	%555 = select i1 %552, i32 1, i32 %554
	%556 = select i1 %546, i32 %555, i32 0
	br label %557

557:
	%558 = phi i32 [ 0, %538 ], [ %556, %541 ]
	%559 = icmp uge i32 %558, 2
	%560 = and i32 %558, %11
	%561 = icmp eq i32 %560, %7
	%562 = and i1 %559, %561
	%563 = lshr i32 %558, 16
	%564 = and i32 %563, 255
	%565 = select i1 %562, i32 %564, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %562, %570
	br i1 %571, label %572, label %576

572:
	%573 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %564
	%574 = call i32 @llvm.ctpop.i32(i32 %566)
	%575 = atomicrmw add i32 addrspace(3)* %573, i32 %574 monotonic
	br label %576

576:
	%577 = add i32 %535, 256
	br label %534

578:
	br label %583

579:
	call void @llvm.nvvm.barrier0()
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp ne i32 %581, 0
	br i1 %582, label %627, label %633

583:
	%584 = phi i32 [ %0, %578 ], [ %626, %625 ]
	%585 = phi i32 [ 0, %578 ], [ %585, %625 ]
	%586 = icmp slt i32 %584, %15
	br i1 %586, label %587, label %589

587:
	%588 = icmp slt i32 %584, %NK
	br i1 %588, label %590, label %606

589:
	br label %579

590:
	%591 = add i32 %508, %584
	%592 = sext i32 %591 to i64
	%593 = getelementptr float, float* %e, i64 %592
	%594 = load float, float* %593
	%595 = fcmp oge float %594, 0.0
	%596 = icmp sge i32 %584, %524
	%597 = icmp sle i32 %584, %532
	%598 = and i1 %596, %597
	%599 = or i1 false, %598
	%600 = icmp eq i32 %584, 0
	%601 = or i1 %599, %600
	%602 = bitcast float %594 to i32
	%603 = add i32 %602, 2
	%604 = select i1 %601, i32 1, i32 %603
	%605 = select i1 %595, i32 %604, i32 0
	br label %606

606:
	%607 = phi i32 [ 0, %587 ], [ %605, %590 ]
	%608 = icmp uge i32 %607, 2
	%609 = and i32 %607, %11
	%610 = icmp eq i32 %609, %7
	%611 = and i1 %608, %610
	%612 = lshr i32 %607, 16
	%613 = and i32 %612, 255
	%614 = select i1 %611, i32 %613, i32 256
	%615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %614)
	%616 = shl i32 1, %3
	%617 = sub i32 %616, 1
	%618 = and i32 %615, %617
	%619 = icmp eq i32 %618, 0
	%620 = and i1 %611, %619
	br i1 %620, label %621, label %625

621:
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %613
	%623 = call i32 @llvm.ctpop.i32(i32 %615)
	%624 = atomicrmw add i32 addrspace(3)* %622, i32 %623 monotonic
	br label %625

625:
	%626 = add i32 %584, 256
	br label %583

627:
	%628 = mul i32 0, 256
	%629 = add i32 %628, %0
	%630 = sext i32 %629 to i64
	%631 = getelementptr i32, i32* %hist, i64 %630
	%632 = atomicrmw add i32* %631, i32 %581 monotonic
	br label %633

633:
	ret void
}

define ptx_kernel void @best_select1_pick16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 16
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF0000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %122, label %123

78:
	%79 = phi i32 [ %0, %46 ], [ %121, %120 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %120 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %84

82:
	%83 = icmp slt i32 %79, %NK
	br i1 %83, label %85, label %101

84:
	br label %47

85:
	%86 = add i32 %20, %79
	%87 = sext i32 %86 to i64
	%88 = getelementptr float, float* %e, i64 %87
	%89 = load float, float* %88
	%90 = fcmp oge float %89, 0.0
	%91 = icmp sge i32 %79, %36
	%92 = icmp sle i32 %79, %44
	%93 = and i1 %91, %92
	%94 = or i1 false, %93
	%95 = icmp eq i32 %79, 0
	%96 = or i1 %94, %95
	%97 = bitcast float %89 to i32
	%98 = add i32 %97, 2
	%99 = select i1 %96, i32 1, i32 %98
	%100 = select i1 %90, i32 %99, i32 0
	br label %101

101:
	%102 = phi i32 [ 0, %82 ], [ %100, %85 ]
	%103 = icmp uge i32 %102, 2
	%104 = and i32 %102, %11
	%105 = icmp eq i32 %104, %7
	%106 = and i1 %103, %105
	%107 = lshr i32 %102, 8
	%108 = and i32 %107, 255
	%109 = select i1 %106, i32 %108, i32 256
	%110 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %109)
	%111 = shl i32 1, %3
	%112 = sub i32 %111, 1
	%113 = and i32 %110, %112
	%114 = icmp eq i32 %113, 0
	%115 = and i1 %106, %114
	br i1 %115, label %116, label %120

116:
	%117 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %108
	%118 = call i32 @llvm.ctpop.i32(i32 %110)
	%119 = atomicrmw add i32 addrspace(3)* %117, i32 %118 monotonic
	br label %120

120:
	%121 = add i32 %79, 256
	br label %78

122:
	br label %154

123:
	%124 = mul i32 %1, 8
	%125 = add i32 %124, 2
	%126 = mul i32 %2, %NQ
	%127 = add i32 %126, %125
	%128 = mul i32 %127, %NK
	%129 = mul i32 %125, 64
	%130 = add i32 %129, %off
	%131 = add i32 %125, 1
	%132 = mul i32 %131, 64
	%133 = icmp slt i32 %132, %M
	%134 = select i1 %133, i32 %132, i32 %M
	%135 = sub i32 %134, 1
	%136 = add i32 %135, %off
	%137 = icmp slt i32 %130, 0
	%138 = sub i32 0, %130
	%139 = sub i32 64, 1
	%140 = add i32 %138, %139
	%141 = sdiv i32 %140, 64
	%142 = sub i32 0, %141
	%143 = sdiv i32 %130, 64
	%144 = select i1 %137, i32 %142, i32 %143
	%145 = icmp slt i32 %136, 0
	%146 = sub i32 0, %136
	%147 = sub i32 64, 1
	%148 = add i32 %146, %147
	%149 = sdiv i32 %148, 64
	%150 = sub i32 0, %149
	%151 = sdiv i32 %136, 64
	%152 = select i1 %145, i32 %150, i32 %151
	%153 = icmp slt i32 %125, %NQ
	br i1 %153, label %198, label %199

154:
	%155 = phi i32 [ %0, %122 ], [ %197, %196 ]
	%156 = phi i32 [ 0, %122 ], [ %156, %196 ]
	%157 = icmp slt i32 %155, %15
	br i1 %157, label %158, label %160

158:
	%159 = icmp slt i32 %155, %NK
	br i1 %159, label %161, label %177

160:
	br label %123

161:
	%162 = add i32 %52, %155
	%163 = sext i32 %162 to i64
	%164 = getelementptr float, float* %e, i64 %163
	%165 = load float, float* %164
	%166 = fcmp oge float %165, 0.0
	%167 = icmp sge i32 %155, %68
	%168 = icmp sle i32 %155, %76
	%169 = and i1 %167, %168
	%170 = or i1 false, %169
	%171 = icmp eq i32 %155, 0
	%172 = or i1 %170, %171
	%173 = bitcast float %165 to i32
	%174 = add i32 %173, 2
	%175 = select i1 %172, i32 1, i32 %174
	%176 = select i1 %166, i32 %175, i32 0
	br label %177

177:
	%178 = phi i32 [ 0, %158 ], [ %176, %161 ]
	%179 = icmp uge i32 %178, 2
	%180 = and i32 %178, %11
	%181 = icmp eq i32 %180, %7
	%182 = and i1 %179, %181
	%183 = lshr i32 %178, 8
	%184 = and i32 %183, 255
	%185 = select i1 %182, i32 %184, i32 256
	%186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %185)
	%187 = shl i32 1, %3
	%188 = sub i32 %187, 1
	%189 = and i32 %186, %188
	%190 = icmp eq i32 %189, 0
	%191 = and i1 %182, %190
	br i1 %191, label %192, label %196

192:
	%193 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %184
	%194 = call i32 @llvm.ctpop.i32(i32 %186)
	%195 = atomicrmw add i32 addrspace(3)* %193, i32 %194 monotonic
	br label %196

196:
	%197 = add i32 %155, 256
	br label %154

198:
	br label %230

199:
	%200 = mul i32 %1, 8
	%201 = add i32 %200, 3
	%202 = mul i32 %2, %NQ
	%203 = add i32 %202, %201
	%204 = mul i32 %203, %NK
	%205 = mul i32 %201, 64
	%206 = add i32 %205, %off
	%207 = add i32 %201, 1
	%208 = mul i32 %207, 64
	%209 = icmp slt i32 %208, %M
	%210 = select i1 %209, i32 %208, i32 %M
	%211 = sub i32 %210, 1
	%212 = add i32 %211, %off
	%213 = icmp slt i32 %206, 0
	%214 = sub i32 0, %206
	%215 = sub i32 64, 1
	%216 = add i32 %214, %215
	%217 = sdiv i32 %216, 64
	%218 = sub i32 0, %217
	%219 = sdiv i32 %206, 64
	%220 = select i1 %213, i32 %218, i32 %219
	%221 = icmp slt i32 %212, 0
	%222 = sub i32 0, %212
	%223 = sub i32 64, 1
	%224 = add i32 %222, %223
	%225 = sdiv i32 %224, 64
	%226 = sub i32 0, %225
	%227 = sdiv i32 %212, 64
	%228 = select i1 %221, i32 %226, i32 %227
	%229 = icmp slt i32 %201, %NQ
	br i1 %229, label %274, label %275

230:
	%231 = phi i32 [ %0, %198 ], [ %273, %272 ]
	%232 = phi i32 [ 0, %198 ], [ %232, %272 ]
	%233 = icmp slt i32 %231, %15
	br i1 %233, label %234, label %236

234:
	%235 = icmp slt i32 %231, %NK
	br i1 %235, label %237, label %253

236:
	br label %199

237:
	%238 = add i32 %128, %231
	%239 = sext i32 %238 to i64
	%240 = getelementptr float, float* %e, i64 %239
	%241 = load float, float* %240
	%242 = fcmp oge float %241, 0.0
	%243 = icmp sge i32 %231, %144
	%244 = icmp sle i32 %231, %152
	%245 = and i1 %243, %244
	%246 = or i1 false, %245
	%247 = icmp eq i32 %231, 0
	%248 = or i1 %246, %247
	%249 = bitcast float %241 to i32
	%250 = add i32 %249, 2
	%251 = select i1 %248, i32 1, i32 %250
	%252 = select i1 %242, i32 %251, i32 0
	br label %253

253:
	%254 = phi i32 [ 0, %234 ], [ %252, %237 ]
	%255 = icmp uge i32 %254, 2
	%256 = and i32 %254, %11
	%257 = icmp eq i32 %256, %7
	%258 = and i1 %255, %257
	%259 = lshr i32 %254, 8
	%260 = and i32 %259, 255
	%261 = select i1 %258, i32 %260, i32 256
	%262 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %261)
	%263 = shl i32 1, %3
	%264 = sub i32 %263, 1
	%265 = and i32 %262, %264
	%266 = icmp eq i32 %265, 0
	%267 = and i1 %258, %266
	br i1 %267, label %268, label %272

268:
	%269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %260
	%270 = call i32 @llvm.ctpop.i32(i32 %262)
	%271 = atomicrmw add i32 addrspace(3)* %269, i32 %270 monotonic
	br label %272

272:
	%273 = add i32 %231, 256
	br label %230

274:
	br label %306

275:
	%276 = mul i32 %1, 8
	%277 = add i32 %276, 4
	%278 = mul i32 %2, %NQ
	%279 = add i32 %278, %277
	%280 = mul i32 %279, %NK
	%281 = mul i32 %277, 64
	%282 = add i32 %281, %off
	%283 = add i32 %277, 1
	%284 = mul i32 %283, 64
	%285 = icmp slt i32 %284, %M
	%286 = select i1 %285, i32 %284, i32 %M
	%287 = sub i32 %286, 1
	%288 = add i32 %287, %off
	%289 = icmp slt i32 %282, 0
	%290 = sub i32 0, %282
	%291 = sub i32 64, 1
	%292 = add i32 %290, %291
	%293 = sdiv i32 %292, 64
	%294 = sub i32 0, %293
	%295 = sdiv i32 %282, 64
	%296 = select i1 %289, i32 %294, i32 %295
	%297 = icmp slt i32 %288, 0
	%298 = sub i32 0, %288
	%299 = sub i32 64, 1
	%300 = add i32 %298, %299
	%301 = sdiv i32 %300, 64
	%302 = sub i32 0, %301
	%303 = sdiv i32 %288, 64
	%304 = select i1 %297, i32 %302, i32 %303
	%305 = icmp slt i32 %277, %NQ
	br i1 %305, label %350, label %351

306:
	%307 = phi i32 [ %0, %274 ], [ %349, %348 ]
	%308 = phi i32 [ 0, %274 ], [ %308, %348 ]
	%309 = icmp slt i32 %307, %15
	br i1 %309, label %310, label %312

310:
	%311 = icmp slt i32 %307, %NK
	br i1 %311, label %313, label %329

312:
	br label %275

313:
	%314 = add i32 %204, %307
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = fcmp oge float %317, 0.0
	%319 = icmp sge i32 %307, %220
	%320 = icmp sle i32 %307, %228
	%321 = and i1 %319, %320
	%322 = or i1 false, %321
	%323 = icmp eq i32 %307, 0
	%324 = or i1 %322, %323
	%325 = bitcast float %317 to i32
	%326 = add i32 %325, 2
	%327 = select i1 %324, i32 1, i32 %326
	%328 = select i1 %318, i32 %327, i32 0
	br label %329

329:
	%330 = phi i32 [ 0, %310 ], [ %328, %313 ]
	%331 = icmp uge i32 %330, 2
	%332 = and i32 %330, %11
	%333 = icmp eq i32 %332, %7
	%334 = and i1 %331, %333
	%335 = lshr i32 %330, 8
	%336 = and i32 %335, 255
	%337 = select i1 %334, i32 %336, i32 256
	%338 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %337)
	%339 = shl i32 1, %3
	%340 = sub i32 %339, 1
	%341 = and i32 %338, %340
	%342 = icmp eq i32 %341, 0
	%343 = and i1 %334, %342
	br i1 %343, label %344, label %348

344:
	%345 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %336
	%346 = call i32 @llvm.ctpop.i32(i32 %338)
	%347 = atomicrmw add i32 addrspace(3)* %345, i32 %346 monotonic
	br label %348

348:
	%349 = add i32 %307, 256
	br label %306

350:
	br label %382

351:
	%352 = mul i32 %1, 8
	%353 = add i32 %352, 5
	%354 = mul i32 %2, %NQ
	%355 = add i32 %354, %353
	%356 = mul i32 %355, %NK
	%357 = mul i32 %353, 64
	%358 = add i32 %357, %off
	%359 = add i32 %353, 1
	%360 = mul i32 %359, 64
	%361 = icmp slt i32 %360, %M
	%362 = select i1 %361, i32 %360, i32 %M
	%363 = sub i32 %362, 1
	%364 = add i32 %363, %off
	%365 = icmp slt i32 %358, 0
	%366 = sub i32 0, %358
	%367 = sub i32 64, 1
	%368 = add i32 %366, %367
	%369 = sdiv i32 %368, 64
	%370 = sub i32 0, %369
	%371 = sdiv i32 %358, 64
	%372 = select i1 %365, i32 %370, i32 %371
	%373 = icmp slt i32 %364, 0
	%374 = sub i32 0, %364
	%375 = sub i32 64, 1
	%376 = add i32 %374, %375
	%377 = sdiv i32 %376, 64
	%378 = sub i32 0, %377
	%379 = sdiv i32 %364, 64
	%380 = select i1 %373, i32 %378, i32 %379
	%381 = icmp slt i32 %353, %NQ
	br i1 %381, label %426, label %427

382:
	%383 = phi i32 [ %0, %350 ], [ %425, %424 ]
	%384 = phi i32 [ 0, %350 ], [ %384, %424 ]
	%385 = icmp slt i32 %383, %15
	br i1 %385, label %386, label %388

386:
	%387 = icmp slt i32 %383, %NK
	br i1 %387, label %389, label %405

388:
	br label %351

389:
	%390 = add i32 %280, %383
	%391 = sext i32 %390 to i64
	%392 = getelementptr float, float* %e, i64 %391
	%393 = load float, float* %392
	%394 = fcmp oge float %393, 0.0
	%395 = icmp sge i32 %383, %296
	%396 = icmp sle i32 %383, %304
	%397 = and i1 %395, %396
	%398 = or i1 false, %397
	%399 = icmp eq i32 %383, 0
	%400 = or i1 %398, %399
	%401 = bitcast float %393 to i32
	%402 = add i32 %401, 2
	%403 = select i1 %400, i32 1, i32 %402
	%404 = select i1 %394, i32 %403, i32 0
	br label %405

405:
	%406 = phi i32 [ 0, %386 ], [ %404, %389 ]
	%407 = icmp uge i32 %406, 2
	%408 = and i32 %406, %11
	%409 = icmp eq i32 %408, %7
	%410 = and i1 %407, %409
	%411 = lshr i32 %406, 8
	%412 = and i32 %411, 255
	%413 = select i1 %410, i32 %412, i32 256
	%414 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %413)
	%415 = shl i32 1, %3
	%416 = sub i32 %415, 1
	%417 = and i32 %414, %416
	%418 = icmp eq i32 %417, 0
	%419 = and i1 %410, %418
	br i1 %419, label %420, label %424

420:
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %412
	%422 = call i32 @llvm.ctpop.i32(i32 %414)
	%423 = atomicrmw add i32 addrspace(3)* %421, i32 %422 monotonic
	br label %424

424:
	%425 = add i32 %383, 256
	br label %382

426:
	br label %458

427:
	%428 = mul i32 %1, 8
	%429 = add i32 %428, 6
	%430 = mul i32 %2, %NQ
	%431 = add i32 %430, %429
	%432 = mul i32 %431, %NK
	%433 = mul i32 %429, 64
	%434 = add i32 %433, %off
	%435 = add i32 %429, 1
	%436 = mul i32 %435, 64
	%437 = icmp slt i32 %436, %M
	%438 = select i1 %437, i32 %436, i32 %M
	%439 = sub i32 %438, 1
	%440 = add i32 %439, %off
	%441 = icmp slt i32 %434, 0
	%442 = sub i32 0, %434
	%443 = sub i32 64, 1
	%444 = add i32 %442, %443
	%445 = sdiv i32 %444, 64
	%446 = sub i32 0, %445
	%447 = sdiv i32 %434, 64
	%448 = select i1 %441, i32 %446, i32 %447
	%449 = icmp slt i32 %440, 0
	%450 = sub i32 0, %440
	%451 = sub i32 64, 1
	%452 = add i32 %450, %451
	%453 = sdiv i32 %452, 64
	%454 = sub i32 0, %453
	%455 = sdiv i32 %440, 64
	%456 = select i1 %449, i32 %454, i32 %455
	%457 = icmp slt i32 %429, %NQ
	br i1 %457, label %502, label %503

458:
	%459 = phi i32 [ %0, %426 ], [ %501, %500 ]
	%460 = phi i32 [ 0, %426 ], [ %460, %500 ]
	%461 = icmp slt i32 %459, %15
	br i1 %461, label %462, label %464

462:
	%463 = icmp slt i32 %459, %NK
	br i1 %463, label %465, label %481

464:
	br label %427

465:
	%466 = add i32 %356, %459
	%467 = sext i32 %466 to i64
	%468 = getelementptr float, float* %e, i64 %467
	%469 = load float, float* %468
	%470 = fcmp oge float %469, 0.0
	%471 = icmp sge i32 %459, %372
	%472 = icmp sle i32 %459, %380
	%473 = and i1 %471, %472
	%474 = or i1 false, %473
	%475 = icmp eq i32 %459, 0
	%476 = or i1 %474, %475
	%477 = bitcast float %469 to i32
	%478 = add i32 %477, 2
	%479 = select i1 %476, i32 1, i32 %478
	%480 = select i1 %470, i32 %479, i32 0
	br label %481

481:
	%482 = phi i32 [ 0, %462 ], [ %480, %465 ]
	%483 = icmp uge i32 %482, 2
	%484 = and i32 %482, %11
	%485 = icmp eq i32 %484, %7
	%486 = and i1 %483, %485
	%487 = lshr i32 %482, 8
	%488 = and i32 %487, 255
	%489 = select i1 %486, i32 %488, i32 256
	%490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %489)
	%491 = shl i32 1, %3
	%492 = sub i32 %491, 1
	%493 = and i32 %490, %492
	%494 = icmp eq i32 %493, 0
	%495 = and i1 %486, %494
	br i1 %495, label %496, label %500

496:
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %488
	%498 = call i32 @llvm.ctpop.i32(i32 %490)
	%499 = atomicrmw add i32 addrspace(3)* %497, i32 %498 monotonic
	br label %500

500:
	%501 = add i32 %459, 256
	br label %458

502:
	br label %534

503:
	%504 = mul i32 %1, 8
	%505 = add i32 %504, 7
	%506 = mul i32 %2, %NQ
	%507 = add i32 %506, %505
	%508 = mul i32 %507, %NK
	%509 = mul i32 %505, 64
	%510 = add i32 %509, %off
	%511 = add i32 %505, 1
	%512 = mul i32 %511, 64
	%513 = icmp slt i32 %512, %M
	%514 = select i1 %513, i32 %512, i32 %M
	%515 = sub i32 %514, 1
	%516 = add i32 %515, %off
	%517 = icmp slt i32 %510, 0
	%518 = sub i32 0, %510
	%519 = sub i32 64, 1
	%520 = add i32 %518, %519
	%521 = sdiv i32 %520, 64
	%522 = sub i32 0, %521
	%523 = sdiv i32 %510, 64
	%524 = select i1 %517, i32 %522, i32 %523
	%525 = icmp slt i32 %516, 0
	%526 = sub i32 0, %516
	%527 = sub i32 64, 1
	%528 = add i32 %526, %527
	%529 = sdiv i32 %528, 64
	%530 = sub i32 0, %529
	%531 = sdiv i32 %516, 64
	%532 = select i1 %525, i32 %530, i32 %531
	%533 = icmp slt i32 %505, %NQ
	br i1 %533, label %578, label %579

534:
	%535 = phi i32 [ %0, %502 ], [ %577, %576 ]
	%536 = phi i32 [ 0, %502 ], [ %536, %576 ]
	%537 = icmp slt i32 %535, %15
	br i1 %537, label %538, label %540

538:
	%539 = icmp slt i32 %535, %NK
	br i1 %539, label %541, label %557

540:
	br label %503

541:
	%542 = add i32 %432, %535
	%543 = sext i32 %542 to i64
	%544 = getelementptr float, float* %e, i64 %543
	%545 = load float, float* %544
	%546 = fcmp oge float %545, 0.0
	%547 = icmp sge i32 %535, %448
	%548 = icmp sle i32 %535, %456
	%549 = and i1 %547, %548
	%550 = or i1 false, %549
	%551 = icmp eq i32 %535, 0
	%552 = or i1 %550, %551
	%553 = bitcast float %545 to i32
	%554 = add i32 %553, 2
	%555 = select i1 %552, i32 1, i32 %554
	%556 = select i1 %546, i32 %555, i32 0
	br label %557

557:
	%558 = phi i32 [ 0, %538 ], [ %556, %541 ]
	%559 = icmp uge i32 %558, 2
	%560 = and i32 %558, %11
	%561 = icmp eq i32 %560, %7
	%562 = and i1 %559, %561
	%563 = lshr i32 %558, 8
	%564 = and i32 %563, 255
	%565 = select i1 %562, i32 %564, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %562, %570
	br i1 %571, label %572, label %576

572:
	%573 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %564
	%574 = call i32 @llvm.ctpop.i32(i32 %566)
	%575 = atomicrmw add i32 addrspace(3)* %573, i32 %574 monotonic
	br label %576

576:
	%577 = add i32 %535, 256
	br label %534

578:
	br label %583

579:
	call void @llvm.nvvm.barrier0()
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp ne i32 %581, 0
	br i1 %582, label %627, label %633

583:
	%584 = phi i32 [ %0, %578 ], [ %626, %625 ]
	%585 = phi i32 [ 0, %578 ], [ %585, %625 ]
	%586 = icmp slt i32 %584, %15
	br i1 %586, label %587, label %589

587:
	%588 = icmp slt i32 %584, %NK
	br i1 %588, label %590, label %606

589:
	br label %579

590:
	%591 = add i32 %508, %584
	%592 = sext i32 %591 to i64
	%593 = getelementptr float, float* %e, i64 %592
	%594 = load float, float* %593
	%595 = fcmp oge float %594, 0.0
	%596 = icmp sge i32 %584, %524
	%597 = icmp sle i32 %584, %532
	%598 = and i1 %596, %597
	%599 = or i1 false, %598
	%600 = icmp eq i32 %584, 0
	%601 = or i1 %599, %600
	%602 = bitcast float %594 to i32
	%603 = add i32 %602, 2
	%604 = select i1 %601, i32 1, i32 %603
	%605 = select i1 %595, i32 %604, i32 0
	br label %606

606:
	%607 = phi i32 [ 0, %587 ], [ %605, %590 ]
	%608 = icmp uge i32 %607, 2
	%609 = and i32 %607, %11
	%610 = icmp eq i32 %609, %7
	%611 = and i1 %608, %610
	%612 = lshr i32 %607, 8
	%613 = and i32 %612, 255
	%614 = select i1 %611, i32 %613, i32 256
	%615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %614)
	%616 = shl i32 1, %3
	%617 = sub i32 %616, 1
	%618 = and i32 %615, %617
	%619 = icmp eq i32 %618, 0
	%620 = and i1 %611, %619
	br i1 %620, label %621, label %625

621:
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %613
	%623 = call i32 @llvm.ctpop.i32(i32 %615)
	%624 = atomicrmw add i32 addrspace(3)* %622, i32 %623 monotonic
	br label %625

625:
	%626 = add i32 %584, 256
	br label %583

627:
	%628 = mul i32 0, 256
	%629 = add i32 %628, %0
	%630 = sext i32 %629 to i64
	%631 = getelementptr i32, i32* %hist, i64 %630
	%632 = atomicrmw add i32* %631, i32 %581 monotonic
	br label %633

633:
	ret void
}

define ptx_kernel void @best_select1_pick8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 8
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF00
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %122, label %123

78:
	%79 = phi i32 [ %0, %46 ], [ %121, %120 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %120 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %84

82:
	%83 = icmp slt i32 %79, %NK
	br i1 %83, label %85, label %101

84:
	br label %47

85:
	%86 = add i32 %20, %79
	%87 = sext i32 %86 to i64
	%88 = getelementptr float, float* %e, i64 %87
	%89 = load float, float* %88
	%90 = fcmp oge float %89, 0.0
	%91 = icmp sge i32 %79, %36
	%92 = icmp sle i32 %79, %44
	%93 = and i1 %91, %92
	%94 = or i1 false, %93
	%95 = icmp eq i32 %79, 0
	%96 = or i1 %94, %95
	%97 = bitcast float %89 to i32
	%98 = add i32 %97, 2
	%99 = select i1 %96, i32 1, i32 %98
	%100 = select i1 %90, i32 %99, i32 0
	br label %101

101:
	%102 = phi i32 [ 0, %82 ], [ %100, %85 ]
	%103 = icmp uge i32 %102, 2
	%104 = and i32 %102, %11
	%105 = icmp eq i32 %104, %7
	%106 = and i1 %103, %105
	%107 = lshr i32 %102, 0
	%108 = and i32 %107, 255
	%109 = select i1 %106, i32 %108, i32 256
	%110 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %109)
	%111 = shl i32 1, %3
	%112 = sub i32 %111, 1
	%113 = and i32 %110, %112
	%114 = icmp eq i32 %113, 0
	%115 = and i1 %106, %114
	br i1 %115, label %116, label %120

116:
	%117 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %108
	%118 = call i32 @llvm.ctpop.i32(i32 %110)
	%119 = atomicrmw add i32 addrspace(3)* %117, i32 %118 monotonic
	br label %120

120:
	%121 = add i32 %79, 256
	br label %78

122:
	br label %154

123:
	%124 = mul i32 %1, 8
	%125 = add i32 %124, 2
	%126 = mul i32 %2, %NQ
	%127 = add i32 %126, %125
	%128 = mul i32 %127, %NK
	%129 = mul i32 %125, 64
	%130 = add i32 %129, %off
	%131 = add i32 %125, 1
	%132 = mul i32 %131, 64
	%133 = icmp slt i32 %132, %M
	%134 = select i1 %133, i32 %132, i32 %M
	%135 = sub i32 %134, 1
	%136 = add i32 %135, %off
	%137 = icmp slt i32 %130, 0
	%138 = sub i32 0, %130
	%139 = sub i32 64, 1
	%140 = add i32 %138, %139
	%141 = sdiv i32 %140, 64
	%142 = sub i32 0, %141
	%143 = sdiv i32 %130, 64
	%144 = select i1 %137, i32 %142, i32 %143
	%145 = icmp slt i32 %136, 0
	%146 = sub i32 0, %136
	%147 = sub i32 64, 1
	%148 = add i32 %146, %147
	%149 = sdiv i32 %148, 64
	%150 = sub i32 0, %149
	%151 = sdiv i32 %136, 64
	%152 = select i1 %145, i32 %150, i32 %151
	%153 = icmp slt i32 %125, %NQ
	br i1 %153, label %198, label %199

154:
	%155 = phi i32 [ %0, %122 ], [ %197, %196 ]
	%156 = phi i32 [ 0, %122 ], [ %156, %196 ]
	%157 = icmp slt i32 %155, %15
	br i1 %157, label %158, label %160

158:
	%159 = icmp slt i32 %155, %NK
	br i1 %159, label %161, label %177

160:
	br label %123

161:
	%162 = add i32 %52, %155
	%163 = sext i32 %162 to i64
	%164 = getelementptr float, float* %e, i64 %163
	%165 = load float, float* %164
	%166 = fcmp oge float %165, 0.0
	%167 = icmp sge i32 %155, %68
	%168 = icmp sle i32 %155, %76
	%169 = and i1 %167, %168
	%170 = or i1 false, %169
	%171 = icmp eq i32 %155, 0
	%172 = or i1 %170, %171
	%173 = bitcast float %165 to i32
	%174 = add i32 %173, 2
	%175 = select i1 %172, i32 1, i32 %174
	%176 = select i1 %166, i32 %175, i32 0
	br label %177

177:
	%178 = phi i32 [ 0, %158 ], [ %176, %161 ]
	%179 = icmp uge i32 %178, 2
	%180 = and i32 %178, %11
	%181 = icmp eq i32 %180, %7
	%182 = and i1 %179, %181
	%183 = lshr i32 %178, 0
	%184 = and i32 %183, 255
	%185 = select i1 %182, i32 %184, i32 256
	%186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %185)
	%187 = shl i32 1, %3
	%188 = sub i32 %187, 1
	%189 = and i32 %186, %188
	%190 = icmp eq i32 %189, 0
	%191 = and i1 %182, %190
	br i1 %191, label %192, label %196

192:
	%193 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %184
	%194 = call i32 @llvm.ctpop.i32(i32 %186)
	%195 = atomicrmw add i32 addrspace(3)* %193, i32 %194 monotonic
	br label %196

196:
	%197 = add i32 %155, 256
	br label %154

198:
	br label %230

199:
	%200 = mul i32 %1, 8
	%201 = add i32 %200, 3
	%202 = mul i32 %2, %NQ
	%203 = add i32 %202, %201
	%204 = mul i32 %203, %NK
	%205 = mul i32 %201, 64
	%206 = add i32 %205, %off
	%207 = add i32 %201, 1
	%208 = mul i32 %207, 64
	%209 = icmp slt i32 %208, %M
	%210 = select i1 %209, i32 %208, i32 %M
	%211 = sub i32 %210, 1
	%212 = add i32 %211, %off
	%213 = icmp slt i32 %206, 0
	%214 = sub i32 0, %206
	%215 = sub i32 64, 1
	%216 = add i32 %214, %215
	%217 = sdiv i32 %216, 64
	%218 = sub i32 0, %217
	%219 = sdiv i32 %206, 64
	%220 = select i1 %213, i32 %218, i32 %219
	%221 = icmp slt i32 %212, 0
	%222 = sub i32 0, %212
	%223 = sub i32 64, 1
	%224 = add i32 %222, %223
	%225 = sdiv i32 %224, 64
	%226 = sub i32 0, %225
	%227 = sdiv i32 %212, 64
	%228 = select i1 %221, i32 %226, i32 %227
	%229 = icmp slt i32 %201, %NQ
	br i1 %229, label %274, label %275

230:
	%231 = phi i32 [ %0, %198 ], [ %273, %272 ]
	%232 = phi i32 [ 0, %198 ], [ %232, %272 ]
	%233 = icmp slt i32 %231, %15
	br i1 %233, label %234, label %236

234:
	%235 = icmp slt i32 %231, %NK
	br i1 %235, label %237, label %253

236:
	br label %199

237:
	%238 = add i32 %128, %231
	%239 = sext i32 %238 to i64
	%240 = getelementptr float, float* %e, i64 %239
	%241 = load float, float* %240
	%242 = fcmp oge float %241, 0.0
	%243 = icmp sge i32 %231, %144
	%244 = icmp sle i32 %231, %152
	%245 = and i1 %243, %244
	%246 = or i1 false, %245
	%247 = icmp eq i32 %231, 0
	%248 = or i1 %246, %247
	%249 = bitcast float %241 to i32
	%250 = add i32 %249, 2
	%251 = select i1 %248, i32 1, i32 %250
	%252 = select i1 %242, i32 %251, i32 0
	br label %253

253:
	%254 = phi i32 [ 0, %234 ], [ %252, %237 ]
	%255 = icmp uge i32 %254, 2
	%256 = and i32 %254, %11
	%257 = icmp eq i32 %256, %7
	%258 = and i1 %255, %257
	%259 = lshr i32 %254, 0
	%260 = and i32 %259, 255
	%261 = select i1 %258, i32 %260, i32 256
	%262 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %261)
	%263 = shl i32 1, %3
	%264 = sub i32 %263, 1
	%265 = and i32 %262, %264
	%266 = icmp eq i32 %265, 0
	%267 = and i1 %258, %266
	br i1 %267, label %268, label %272

268:
	%269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %260
	%270 = call i32 @llvm.ctpop.i32(i32 %262)
	%271 = atomicrmw add i32 addrspace(3)* %269, i32 %270 monotonic
	br label %272

272:
	%273 = add i32 %231, 256
	br label %230

274:
	br label %306

275:
	%276 = mul i32 %1, 8
	%277 = add i32 %276, 4
	%278 = mul i32 %2, %NQ
	%279 = add i32 %278, %277
	%280 = mul i32 %279, %NK
	%281 = mul i32 %277, 64
	%282 = add i32 %281, %off
	%283 = add i32 %277, 1
	%284 = mul i32 %283, 64
	%285 = icmp slt i32 %284, %M
	%286 = select i1 %285, i32 %284, i32 %M
	%287 = sub i32 %286, 1
	%288 = add i32 %287, %off
	%289 = icmp slt i32 %282, 0
	%290 = sub i32 0, %282
	%291 = sub i32 64, 1
	%292 = add i32 %290, %291
	%293 = sdiv i32 %292, 64
	%294 = sub i32 0, %293
	%295 = sdiv i32 %282, 64
	%296 = select i1 %289, i32 %294, i32 %295
	%297 = icmp slt i32 %288, 0
	%298 = sub i32 0, %288
	%299 = sub i32 64, 1
	%300 = add i32 %298, %299
	%301 = sdiv i32 %300, 64
	%302 = sub i32 0, %301
	%303 = sdiv i32 %288, 64
	%304 = select i1 %297, i32 %302, i32 %303
	%305 = icmp slt i32 %277, %NQ
	br i1 %305, label %350, label %351

306:
	%307 = phi i32 [ %0, %274 ], [ %349, %348 ]
	%308 = phi i32 [ 0, %274 ], [ %308, %348 ]
	%309 = icmp slt i32 %307, %15
	br i1 %309, label %310, label %312

310:
	%311 = icmp slt i32 %307, %NK
	br i1 %311, label %313, label %329

312:
	br label %275

313:
	%314 = add i32 %204, %307
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = fcmp oge float %317, 0.0
	%319 = icmp sge i32 %307, %220
	%320 = icmp sle i32 %307, %228
	%321 = and i1 %319, %320
	%322 = or i1 false, %321
	%323 = icmp eq i32 %307, 0
	%324 = or i1 %322, %323
	%325 = bitcast float %317 to i32
	%326 = add i32 %325, 2
	%327 = select i1 %324, i32 1, i32 %326
	%328 = select i1 %318, i32 %327, i32 0
	br label %329

329:
	%330 = phi i32 [ 0, %310 ], [ %328, %313 ]
	%331 = icmp uge i32 %330, 2
	%332 = and i32 %330, %11
	%333 = icmp eq i32 %332, %7
	%334 = and i1 %331, %333
	%335 = lshr i32 %330, 0
	%336 = and i32 %335, 255
	%337 = select i1 %334, i32 %336, i32 256
	%338 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %337)
	%339 = shl i32 1, %3
	%340 = sub i32 %339, 1
	%341 = and i32 %338, %340
	%342 = icmp eq i32 %341, 0
	%343 = and i1 %334, %342
	br i1 %343, label %344, label %348

344:
	%345 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %336
	%346 = call i32 @llvm.ctpop.i32(i32 %338)
	%347 = atomicrmw add i32 addrspace(3)* %345, i32 %346 monotonic
	br label %348

348:
	%349 = add i32 %307, 256
	br label %306

350:
	br label %382

351:
	%352 = mul i32 %1, 8
	%353 = add i32 %352, 5
	%354 = mul i32 %2, %NQ
	%355 = add i32 %354, %353
	%356 = mul i32 %355, %NK
	%357 = mul i32 %353, 64
	%358 = add i32 %357, %off
	%359 = add i32 %353, 1
	%360 = mul i32 %359, 64
	%361 = icmp slt i32 %360, %M
	%362 = select i1 %361, i32 %360, i32 %M
	%363 = sub i32 %362, 1
	%364 = add i32 %363, %off
	%365 = icmp slt i32 %358, 0
	%366 = sub i32 0, %358
	%367 = sub i32 64, 1
	%368 = add i32 %366, %367
	%369 = sdiv i32 %368, 64
	%370 = sub i32 0, %369
	%371 = sdiv i32 %358, 64
	%372 = select i1 %365, i32 %370, i32 %371
	%373 = icmp slt i32 %364, 0
	%374 = sub i32 0, %364
	%375 = sub i32 64, 1
	%376 = add i32 %374, %375
	%377 = sdiv i32 %376, 64
	%378 = sub i32 0, %377
	%379 = sdiv i32 %364, 64
	%380 = select i1 %373, i32 %378, i32 %379
	%381 = icmp slt i32 %353, %NQ
	br i1 %381, label %426, label %427

382:
	%383 = phi i32 [ %0, %350 ], [ %425, %424 ]
	%384 = phi i32 [ 0, %350 ], [ %384, %424 ]
	%385 = icmp slt i32 %383, %15
	br i1 %385, label %386, label %388

386:
	%387 = icmp slt i32 %383, %NK
	br i1 %387, label %389, label %405

388:
	br label %351

389:
	%390 = add i32 %280, %383
	%391 = sext i32 %390 to i64
	%392 = getelementptr float, float* %e, i64 %391
	%393 = load float, float* %392
	%394 = fcmp oge float %393, 0.0
	%395 = icmp sge i32 %383, %296
	%396 = icmp sle i32 %383, %304
	%397 = and i1 %395, %396
	%398 = or i1 false, %397
	%399 = icmp eq i32 %383, 0
	%400 = or i1 %398, %399
	%401 = bitcast float %393 to i32
	%402 = add i32 %401, 2
	%403 = select i1 %400, i32 1, i32 %402
	%404 = select i1 %394, i32 %403, i32 0
	br label %405

405:
	%406 = phi i32 [ 0, %386 ], [ %404, %389 ]
	%407 = icmp uge i32 %406, 2
	%408 = and i32 %406, %11
	%409 = icmp eq i32 %408, %7
	%410 = and i1 %407, %409
	%411 = lshr i32 %406, 0
	%412 = and i32 %411, 255
	%413 = select i1 %410, i32 %412, i32 256
	%414 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %413)
	%415 = shl i32 1, %3
	%416 = sub i32 %415, 1
	%417 = and i32 %414, %416
	%418 = icmp eq i32 %417, 0
	%419 = and i1 %410, %418
	br i1 %419, label %420, label %424

420:
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %412
	%422 = call i32 @llvm.ctpop.i32(i32 %414)
	%423 = atomicrmw add i32 addrspace(3)* %421, i32 %422 monotonic
	br label %424

424:
	%425 = add i32 %383, 256
	br label %382

426:
	br label %458

427:
	%428 = mul i32 %1, 8
	%429 = add i32 %428, 6
	%430 = mul i32 %2, %NQ
	%431 = add i32 %430, %429
	%432 = mul i32 %431, %NK
	%433 = mul i32 %429, 64
	%434 = add i32 %433, %off
	%435 = add i32 %429, 1
	%436 = mul i32 %435, 64
	%437 = icmp slt i32 %436, %M
	%438 = select i1 %437, i32 %436, i32 %M
	%439 = sub i32 %438, 1
	%440 = add i32 %439, %off
	%441 = icmp slt i32 %434, 0
	%442 = sub i32 0, %434
	%443 = sub i32 64, 1
	%444 = add i32 %442, %443
	%445 = sdiv i32 %444, 64
	%446 = sub i32 0, %445
	%447 = sdiv i32 %434, 64
	%448 = select i1 %441, i32 %446, i32 %447
	%449 = icmp slt i32 %440, 0
	%450 = sub i32 0, %440
	%451 = sub i32 64, 1
	%452 = add i32 %450, %451
	%453 = sdiv i32 %452, 64
	%454 = sub i32 0, %453
	%455 = sdiv i32 %440, 64
	%456 = select i1 %449, i32 %454, i32 %455
	%457 = icmp slt i32 %429, %NQ
	br i1 %457, label %502, label %503

458:
	%459 = phi i32 [ %0, %426 ], [ %501, %500 ]
	%460 = phi i32 [ 0, %426 ], [ %460, %500 ]
	%461 = icmp slt i32 %459, %15
	br i1 %461, label %462, label %464

462:
	%463 = icmp slt i32 %459, %NK
	br i1 %463, label %465, label %481

464:
	br label %427

465:
	%466 = add i32 %356, %459
	%467 = sext i32 %466 to i64
	%468 = getelementptr float, float* %e, i64 %467
	%469 = load float, float* %468
	%470 = fcmp oge float %469, 0.0
	%471 = icmp sge i32 %459, %372
	%472 = icmp sle i32 %459, %380
	%473 = and i1 %471, %472
	%474 = or i1 false, %473
	%475 = icmp eq i32 %459, 0
	%476 = or i1 %474, %475
	%477 = bitcast float %469 to i32
	%478 = add i32 %477, 2
	%479 = select i1 %476, i32 1, i32 %478
	%480 = select i1 %470, i32 %479, i32 0
	br label %481

481:
	%482 = phi i32 [ 0, %462 ], [ %480, %465 ]
	%483 = icmp uge i32 %482, 2
	%484 = and i32 %482, %11
	%485 = icmp eq i32 %484, %7
	%486 = and i1 %483, %485
	%487 = lshr i32 %482, 0
	%488 = and i32 %487, 255
	%489 = select i1 %486, i32 %488, i32 256
	%490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %489)
	%491 = shl i32 1, %3
	%492 = sub i32 %491, 1
	%493 = and i32 %490, %492
	%494 = icmp eq i32 %493, 0
	%495 = and i1 %486, %494
	br i1 %495, label %496, label %500

496:
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %488
	%498 = call i32 @llvm.ctpop.i32(i32 %490)
	%499 = atomicrmw add i32 addrspace(3)* %497, i32 %498 monotonic
	br label %500

500:
	%501 = add i32 %459, 256
	br label %458

502:
	br label %534

503:
	%504 = mul i32 %1, 8
	%505 = add i32 %504, 7
	%506 = mul i32 %2, %NQ
	%507 = add i32 %506, %505
	%508 = mul i32 %507, %NK
	%509 = mul i32 %505, 64
	%510 = add i32 %509, %off
	%511 = add i32 %505, 1
	%512 = mul i32 %511, 64
	%513 = icmp slt i32 %512, %M
	%514 = select i1 %513, i32 %512, i32 %M
	%515 = sub i32 %514, 1
	%516 = add i32 %515, %off
	%517 = icmp slt i32 %510, 0
	%518 = sub i32 0, %510
	%519 = sub i32 64, 1
	%520 = add i32 %518, %519
	%521 = sdiv i32 %520, 64
	%522 = sub i32 0, %521
	%523 = sdiv i32 %510, 64
	%524 = select i1 %517, i32 %522, i32 %523
	%525 = icmp slt i32 %516, 0
	%526 = sub i32 0, %516
	%527 = sub i32 64, 1
	%528 = add i32 %526, %527
	%529 = sdiv i32 %528, 64
	%530 = sub i32 0, %529
	%531 = sdiv i32 %516, 64
	%532 = select i1 %525, i32 %530, i32 %531
	%533 = icmp slt i32 %505, %NQ
	br i1 %533, label %578, label %579

534:
	%535 = phi i32 [ %0, %502 ], [ %577, %576 ]
	%536 = phi i32 [ 0, %502 ], [ %536, %576 ]
	%537 = icmp slt i32 %535, %15
	br i1 %537, label %538, label %540

538:
	%539 = icmp slt i32 %535, %NK
	br i1 %539, label %541, label %557

540:
	br label %503

541:
	%542 = add i32 %432, %535
	%543 = sext i32 %542 to i64
	%544 = getelementptr float, float* %e, i64 %543
	%545 = load float, float* %544
	%546 = fcmp oge float %545, 0.0
	%547 = icmp sge i32 %535, %448
	%548 = icmp sle i32 %535, %456
	%549 = and i1 %547, %548
	%550 = or i1 false, %549
	%551 = icmp eq i32 %535, 0
	%552 = or i1 %550, %551
	%553 = bitcast float %545 to i32
	%554 = add i32 %553, 2
	%555 = select i1 %552, i32 1, i32 %554
	%556 = select i1 %546, i32 %555, i32 0
	br label %557

557:
	%558 = phi i32 [ 0, %538 ], [ %556, %541 ]
	%559 = icmp uge i32 %558, 2
	%560 = and i32 %558, %11
	%561 = icmp eq i32 %560, %7
	%562 = and i1 %559, %561
	%563 = lshr i32 %558, 0
	%564 = and i32 %563, 255
	%565 = select i1 %562, i32 %564, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %562, %570
	br i1 %571, label %572, label %576

572:
	%573 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %564
	%574 = call i32 @llvm.ctpop.i32(i32 %566)
	%575 = atomicrmw add i32 addrspace(3)* %573, i32 %574 monotonic
	br label %576

576:
	%577 = add i32 %535, 256
	br label %534

578:
	br label %583

579:
	call void @llvm.nvvm.barrier0()
	%580 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp ne i32 %581, 0
	br i1 %582, label %627, label %633

583:
	%584 = phi i32 [ %0, %578 ], [ %626, %625 ]
	%585 = phi i32 [ 0, %578 ], [ %585, %625 ]
	%586 = icmp slt i32 %584, %15
	br i1 %586, label %587, label %589

587:
	%588 = icmp slt i32 %584, %NK
	br i1 %588, label %590, label %606

589:
	br label %579

590:
	%591 = add i32 %508, %584
	%592 = sext i32 %591 to i64
	%593 = getelementptr float, float* %e, i64 %592
	%594 = load float, float* %593
	%595 = fcmp oge float %594, 0.0
	%596 = icmp sge i32 %584, %524
	%597 = icmp sle i32 %584, %532
	%598 = and i1 %596, %597
	%599 = or i1 false, %598
	%600 = icmp eq i32 %584, 0
	%601 = or i1 %599, %600
	%602 = bitcast float %594 to i32
	%603 = add i32 %602, 2
	%604 = select i1 %601, i32 1, i32 %603
	%605 = select i1 %595, i32 %604, i32 0
	br label %606

606:
	%607 = phi i32 [ 0, %587 ], [ %605, %590 ]
	%608 = icmp uge i32 %607, 2
	%609 = and i32 %607, %11
	%610 = icmp eq i32 %609, %7
	%611 = and i1 %608, %610
	%612 = lshr i32 %607, 0
	%613 = and i32 %612, 255
	%614 = select i1 %611, i32 %613, i32 256
	%615 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %614)
	%616 = shl i32 1, %3
	%617 = sub i32 %616, 1
	%618 = and i32 %615, %617
	%619 = icmp eq i32 %618, 0
	%620 = and i1 %611, %619
	br i1 %620, label %621, label %625

621:
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %613
	%623 = call i32 @llvm.ctpop.i32(i32 %615)
	%624 = atomicrmw add i32 addrspace(3)* %622, i32 %623 monotonic
	br label %625

625:
	%626 = add i32 %584, 256
	br label %583

627:
	%628 = mul i32 0, 256
	%629 = add i32 %628, %0
	%630 = sext i32 %629 to i64
	%631 = getelementptr i32, i32* %hist, i64 %630
	%632 = atomicrmw add i32* %631, i32 %581 monotonic
	br label %633

633:
	ret void
}

define ptx_kernel void @best_select1_pick0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 0
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, 255
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_ties(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %NK, 255
	%13 = sdiv i32 %12, 256
	%14 = mul i32 %13, 256
	%15 = mul i32 %1, 8
	%16 = add i32 %15, 0
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %16
	%19 = mul i32 %18, %NK
	%20 = mul i32 %16, 64
	%21 = add i32 %20, %off
	%22 = add i32 %16, 1
	%23 = mul i32 %22, 64
	%24 = icmp slt i32 %23, %M
	%25 = select i1 %24, i32 %23, i32 %M
	%26 = sub i32 %25, 1
	%27 = add i32 %26, %off
	%28 = icmp slt i32 %21, 0
	%29 = sub i32 0, %21
	%30 = sub i32 64, 1
	%31 = add i32 %29, %30
	%32 = sdiv i32 %31, 64
	%33 = sub i32 0, %32
	%34 = sdiv i32 %21, 64
	%35 = select i1 %28, i32 %33, i32 %34
	%36 = icmp slt i32 %27, 0
	%37 = sub i32 0, %27
	%38 = sub i32 64, 1
	%39 = add i32 %37, %38
	%40 = sdiv i32 %39, 64
	%41 = sub i32 0, %40
	%42 = sdiv i32 %27, 64
	%43 = select i1 %36, i32 %41, i32 %42
	%44 = icmp slt i32 %16, %NQ
	br i1 %44, label %45, label %46

45:
	br label %77

46:
	%47 = mul i32 %1, 8
	%48 = add i32 %47, 1
	%49 = mul i32 %2, %NQ
	%50 = add i32 %49, %48
	%51 = mul i32 %50, %NK
	%52 = mul i32 %48, 64
	%53 = add i32 %52, %off
	%54 = add i32 %48, 1
	%55 = mul i32 %54, 64
	%56 = icmp slt i32 %55, %M
	%57 = select i1 %56, i32 %55, i32 %M
	%58 = sub i32 %57, 1
	%59 = add i32 %58, %off
	%60 = icmp slt i32 %53, 0
	%61 = sub i32 0, %53
	%62 = sub i32 64, 1
	%63 = add i32 %61, %62
	%64 = sdiv i32 %63, 64
	%65 = sub i32 0, %64
	%66 = sdiv i32 %53, 64
	%67 = select i1 %60, i32 %65, i32 %66
	%68 = icmp slt i32 %59, 0
	%69 = sub i32 0, %59
	%70 = sub i32 64, 1
	%71 = add i32 %69, %70
	%72 = sdiv i32 %71, 64
	%73 = sub i32 0, %72
	%74 = sdiv i32 %59, 64
	%75 = select i1 %68, i32 %73, i32 %74
	%76 = icmp slt i32 %48, %NQ
	br i1 %76, label %187, label %188

77:
	%78 = phi i32 [ %0, %45 ], [ %128, %123 ]
	%79 = phi i32 [ 0, %45 ], [ %127, %123 ]
	%80 = icmp slt i32 %78, %14
	br i1 %80, label %81, label %83

81:
	%82 = icmp slt i32 %78, %NK
	br i1 %82, label %107, label %123

83:
	%84 = and i32 %0, 31
	%85 = lshr i32 %0, 5
	%86 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %79, i32 1, i32 0)
	%87 = icmp uge i32 %84, 1
	%88 = select i1 %87, i32 %86, i32 0
	%89 = add i32 %79, %88
	%90 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %89, i32 2, i32 0)
	%91 = icmp uge i32 %84, 2
	%92 = select i1 %91, i32 %90, i32 0
	%93 = add i32 %89, %92
	%94 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %93, i32 4, i32 0)
	%95 = icmp uge i32 %84, 4
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %93, %96
	%98 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %97, i32 8, i32 0)
	%99 = icmp uge i32 %84, 8
	%100 = select i1 %99, i32 %98, i32 0
	%101 = add i32 %97, %100
	%102 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %101, i32 16, i32 0)
	%103 = icmp uge i32 %84, 16
	%104 = select i1 %103, i32 %102, i32 0
	%105 = add i32 %101, %104
	%106 = icmp eq i32 %84, 31
	br i1 %106, label %129, label %131

107:
	%108 = add i32 %19, %78
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %78, %35
	%114 = icmp sle i32 %78, %43
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %78, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %81 ], [ %122, %107 ]
	%125 = icmp eq i32 %124, %7
	%126 = zext i1 %125 to i32
	%127 = add i32 %79, %126
	%128 = add i32 %78, 256
	br label %77

129:
	%130 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %85
	store i32 %105, i32 addrspace(3)* %130
	br label %131

131:
	call void @llvm.nvvm.barrier0()
	%132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%133 = load i32, i32 addrspace(3)* %132
	%134 = icmp sgt i32 %85, 0
	%135 = select i1 %134, i32 %133, i32 0
	%136 = add i32 0, %135
	%137 = add i32 0, %133
	%138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%139 = load i32, i32 addrspace(3)* %138
	%140 = icmp sgt i32 %85, 1
	%141 = select i1 %140, i32 %139, i32 0
	%142 = add i32 %136, %141
	%143 = add i32 %137, %139
	%144 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%145 = load i32, i32 addrspace(3)* %144
	%146 = icmp sgt i32 %85, 2
	%147 = select i1 %146, i32 %145, i32 0
	%148 = add i32 %142, %147
	%149 = add i32 %143, %145
	%150 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%151 = load i32, i32 addrspace(3)* %150
	%152 = icmp sgt i32 %85, 3
	%153 = select i1 %152, i32 %151, i32 0
	%154 = add i32 %148, %153
	%155 = add i32 %149, %151
	%156 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%157 = load i32, i32 addrspace(3)* %156
	%158 = icmp sgt i32 %85, 4
	%159 = select i1 %158, i32 %157, i32 0
	%160 = add i32 %154, %159
	%161 = add i32 %155, %157
	%162 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%163 = load i32, i32 addrspace(3)* %162
	%164 = icmp sgt i32 %85, 5
	%165 = select i1 %164, i32 %163, i32 0
	%166 = add i32 %160, %165
	%167 = add i32 %161, %163
	%168 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%169 = load i32, i32 addrspace(3)* %168
	%170 = icmp sgt i32 %85, 6
	%171 = select i1 %170, i32 %169, i32 0
	%172 = add i32 %166, %171
	%173 = add i32 %167, %169
	%174 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%175 = load i32, i32 addrspace(3)* %174
	%176 = icmp sgt i32 %85, 7
	%177 = select i1 %176, i32 %175, i32 0
	%178 = add i32 %172, %177
	%179 = add i32 %173, %175
	%180 = add i32 %178, %105
	%181 = sub i32 %180, %79
	%182 = icmp eq i32 %0, 0
	br i1 %182, label %183, label %186

183:
	%184 = sext i32 %18 to i64
	%185 = getelementptr i32, i32* %ties, i64 %184
	store i32 %179, i32* %185
	br label %186

186:
	br label %46

187:
	br label %219

188:
	%189 = mul i32 %1, 8
	%190 = add i32 %189, 2
	%191 = mul i32 %2, %NQ
	%192 = add i32 %191, %190
	%193 = mul i32 %192, %NK
	%194 = mul i32 %190, 64
	%195 = add i32 %194, %off
	%196 = add i32 %190, 1
	%197 = mul i32 %196, 64
	%198 = icmp slt i32 %197, %M
	%199 = select i1 %198, i32 %197, i32 %M
	%200 = sub i32 %199, 1
	%201 = add i32 %200, %off
	%202 = icmp slt i32 %195, 0
	%203 = sub i32 0, %195
	%204 = sub i32 64, 1
	%205 = add i32 %203, %204
	%206 = sdiv i32 %205, 64
	%207 = sub i32 0, %206
	%208 = sdiv i32 %195, 64
	%209 = select i1 %202, i32 %207, i32 %208
	%210 = icmp slt i32 %201, 0
	%211 = sub i32 0, %201
	%212 = sub i32 64, 1
	%213 = add i32 %211, %212
	%214 = sdiv i32 %213, 64
	%215 = sub i32 0, %214
	%216 = sdiv i32 %201, 64
	%217 = select i1 %210, i32 %215, i32 %216
	%218 = icmp slt i32 %190, %NQ
	br i1 %218, label %329, label %330

219:
	%220 = phi i32 [ %0, %187 ], [ %270, %265 ]
	%221 = phi i32 [ 0, %187 ], [ %269, %265 ]
	%222 = icmp slt i32 %220, %14
	br i1 %222, label %223, label %225

223:
	%224 = icmp slt i32 %220, %NK
	br i1 %224, label %249, label %265

225:
	%226 = and i32 %0, 31
	%227 = lshr i32 %0, 5
	%228 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %221, i32 1, i32 0)
	%229 = icmp uge i32 %226, 1
	%230 = select i1 %229, i32 %228, i32 0
	%231 = add i32 %221, %230
	%232 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %231, i32 2, i32 0)
	%233 = icmp uge i32 %226, 2
	%234 = select i1 %233, i32 %232, i32 0
	%235 = add i32 %231, %234
	%236 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %235, i32 4, i32 0)
	%237 = icmp uge i32 %226, 4
	%238 = select i1 %237, i32 %236, i32 0
	%239 = add i32 %235, %238
	%240 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %239, i32 8, i32 0)
	%241 = icmp uge i32 %226, 8
	%242 = select i1 %241, i32 %240, i32 0
	%243 = add i32 %239, %242
	%244 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %243, i32 16, i32 0)
	%245 = icmp uge i32 %226, 16
	%246 = select i1 %245, i32 %244, i32 0
	%247 = add i32 %243, %246
	%248 = icmp eq i32 %226, 31
	br i1 %248, label %271, label %273

249:
	%250 = add i32 %51, %220
	%251 = sext i32 %250 to i64
	%252 = getelementptr float, float* %e, i64 %251
	%253 = load float, float* %252
	%254 = fcmp oge float %253, 0.0
	%255 = icmp sge i32 %220, %67
	%256 = icmp sle i32 %220, %75
	%257 = and i1 %255, %256
	%258 = or i1 false, %257
	%259 = icmp eq i32 %220, 0
	%260 = or i1 %258, %259
	%261 = bitcast float %253 to i32
	%262 = add i32 %261, 2
	%263 = select i1 %260, i32 1, i32 %262
	%264 = select i1 %254, i32 %263, i32 0
	br label %265

265:
	%266 = phi i32 [ 0, %223 ], [ %264, %249 ]
	%267 = icmp eq i32 %266, %7
	%268 = zext i1 %267 to i32
	%269 = add i32 %221, %268
	%270 = add i32 %220, 256
	br label %219

271:
	%272 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %227
	store i32 %247, i32 addrspace(3)* %272
	br label %273

273:
	call void @llvm.nvvm.barrier0()
	%274 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%275 = load i32, i32 addrspace(3)* %274
	%276 = icmp sgt i32 %227, 0
	%277 = select i1 %276, i32 %275, i32 0
	%278 = add i32 0, %277
	%279 = add i32 0, %275
	%280 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%281 = load i32, i32 addrspace(3)* %280
	%282 = icmp sgt i32 %227, 1
	%283 = select i1 %282, i32 %281, i32 0
	%284 = add i32 %278, %283
	%285 = add i32 %279, %281
	%286 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%287 = load i32, i32 addrspace(3)* %286
	%288 = icmp sgt i32 %227, 2
	%289 = select i1 %288, i32 %287, i32 0
	%290 = add i32 %284, %289
	%291 = add i32 %285, %287
	%292 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%293 = load i32, i32 addrspace(3)* %292
	%294 = icmp sgt i32 %227, 3
	%295 = select i1 %294, i32 %293, i32 0
	%296 = add i32 %290, %295
	%297 = add i32 %291, %293
	%298 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%299 = load i32, i32 addrspace(3)* %298
	%300 = icmp sgt i32 %227, 4
	%301 = select i1 %300, i32 %299, i32 0
	%302 = add i32 %296, %301
	%303 = add i32 %297, %299
	%304 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%305 = load i32, i32 addrspace(3)* %304
	%306 = icmp sgt i32 %227, 5
	%307 = select i1 %306, i32 %305, i32 0
	%308 = add i32 %302, %307
	%309 = add i32 %303, %305
	%310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%311 = load i32, i32 addrspace(3)* %310
	%312 = icmp sgt i32 %227, 6
	%313 = select i1 %312, i32 %311, i32 0
	%314 = add i32 %308, %313
	%315 = add i32 %309, %311
	%316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%317 = load i32, i32 addrspace(3)* %316
	%318 = icmp sgt i32 %227, 7
	%319 = select i1 %318, i32 %317, i32 0
	%320 = add i32 %314, %319
	%321 = add i32 %315, %317
	%322 = add i32 %320, %247
	%323 = sub i32 %322, %221
	%324 = icmp eq i32 %0, 0
	br i1 %324, label %325, label %328

325:
	%326 = sext i32 %50 to i64
	%327 = getelementptr i32, i32* %ties, i64 %326
	store i32 %321, i32* %327
	br label %328

328:
	br label %188

329:
	br label %361

330:
	%331 = mul i32 %1, 8
	%332 = add i32 %331, 3
	%333 = mul i32 %2, %NQ
	%334 = add i32 %333, %332
	%335 = mul i32 %334, %NK
	%336 = mul i32 %332, 64
	%337 = add i32 %336, %off
	%338 = add i32 %332, 1
	%339 = mul i32 %338, 64
	%340 = icmp slt i32 %339, %M
	%341 = select i1 %340, i32 %339, i32 %M
	%342 = sub i32 %341, 1
	%343 = add i32 %342, %off
	%344 = icmp slt i32 %337, 0
	%345 = sub i32 0, %337
	%346 = sub i32 64, 1
	%347 = add i32 %345, %346
	%348 = sdiv i32 %347, 64
	%349 = sub i32 0, %348
	%350 = sdiv i32 %337, 64
	%351 = select i1 %344, i32 %349, i32 %350
	%352 = icmp slt i32 %343, 0
	%353 = sub i32 0, %343
	%354 = sub i32 64, 1
	%355 = add i32 %353, %354
	%356 = sdiv i32 %355, 64
	%357 = sub i32 0, %356
	%358 = sdiv i32 %343, 64
	%359 = select i1 %352, i32 %357, i32 %358
	%360 = icmp slt i32 %332, %NQ
	br i1 %360, label %471, label %472

361:
	%362 = phi i32 [ %0, %329 ], [ %412, %407 ]
	%363 = phi i32 [ 0, %329 ], [ %411, %407 ]
	%364 = icmp slt i32 %362, %14
	br i1 %364, label %365, label %367

365:
	%366 = icmp slt i32 %362, %NK
	br i1 %366, label %391, label %407

367:
	%368 = and i32 %0, 31
	%369 = lshr i32 %0, 5
	%370 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %363, i32 1, i32 0)
	%371 = icmp uge i32 %368, 1
	%372 = select i1 %371, i32 %370, i32 0
	%373 = add i32 %363, %372
	%374 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %373, i32 2, i32 0)
	%375 = icmp uge i32 %368, 2
	%376 = select i1 %375, i32 %374, i32 0
	%377 = add i32 %373, %376
	%378 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %377, i32 4, i32 0)
	%379 = icmp uge i32 %368, 4
	%380 = select i1 %379, i32 %378, i32 0
	%381 = add i32 %377, %380
	%382 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %381, i32 8, i32 0)
	%383 = icmp uge i32 %368, 8
	%384 = select i1 %383, i32 %382, i32 0
	%385 = add i32 %381, %384
	%386 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %385, i32 16, i32 0)
	%387 = icmp uge i32 %368, 16
	%388 = select i1 %387, i32 %386, i32 0
	%389 = add i32 %385, %388
	%390 = icmp eq i32 %368, 31
	br i1 %390, label %413, label %415

391:
	%392 = add i32 %193, %362
	%393 = sext i32 %392 to i64
	%394 = getelementptr float, float* %e, i64 %393
	%395 = load float, float* %394
	%396 = fcmp oge float %395, 0.0
	%397 = icmp sge i32 %362, %209
	%398 = icmp sle i32 %362, %217
	%399 = and i1 %397, %398
	%400 = or i1 false, %399
	%401 = icmp eq i32 %362, 0
	%402 = or i1 %400, %401
	%403 = bitcast float %395 to i32
	%404 = add i32 %403, 2
	%405 = select i1 %402, i32 1, i32 %404
	%406 = select i1 %396, i32 %405, i32 0
	br label %407

407:
	%408 = phi i32 [ 0, %365 ], [ %406, %391 ]
	%409 = icmp eq i32 %408, %7
	%410 = zext i1 %409 to i32
	%411 = add i32 %363, %410
	%412 = add i32 %362, 256
	br label %361

413:
	%414 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %369
	store i32 %389, i32 addrspace(3)* %414
	br label %415

415:
	call void @llvm.nvvm.barrier0()
	%416 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%417 = load i32, i32 addrspace(3)* %416
	%418 = icmp sgt i32 %369, 0
	%419 = select i1 %418, i32 %417, i32 0
	%420 = add i32 0, %419
	%421 = add i32 0, %417
	%422 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%423 = load i32, i32 addrspace(3)* %422
	%424 = icmp sgt i32 %369, 1
	%425 = select i1 %424, i32 %423, i32 0
	%426 = add i32 %420, %425
	%427 = add i32 %421, %423
	%428 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%429 = load i32, i32 addrspace(3)* %428
	%430 = icmp sgt i32 %369, 2
	%431 = select i1 %430, i32 %429, i32 0
	%432 = add i32 %426, %431
	%433 = add i32 %427, %429
	%434 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%435 = load i32, i32 addrspace(3)* %434
	%436 = icmp sgt i32 %369, 3
	%437 = select i1 %436, i32 %435, i32 0
	%438 = add i32 %432, %437
	%439 = add i32 %433, %435
	%440 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%441 = load i32, i32 addrspace(3)* %440
	%442 = icmp sgt i32 %369, 4
	%443 = select i1 %442, i32 %441, i32 0
	%444 = add i32 %438, %443
	%445 = add i32 %439, %441
	%446 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%447 = load i32, i32 addrspace(3)* %446
	%448 = icmp sgt i32 %369, 5
	%449 = select i1 %448, i32 %447, i32 0
	%450 = add i32 %444, %449
	%451 = add i32 %445, %447
	%452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%453 = load i32, i32 addrspace(3)* %452
	%454 = icmp sgt i32 %369, 6
	%455 = select i1 %454, i32 %453, i32 0
	%456 = add i32 %450, %455
	%457 = add i32 %451, %453
	%458 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%459 = load i32, i32 addrspace(3)* %458
	%460 = icmp sgt i32 %369, 7
	%461 = select i1 %460, i32 %459, i32 0
	%462 = add i32 %456, %461
	%463 = add i32 %457, %459
	%464 = add i32 %462, %389
	%465 = sub i32 %464, %363
	%466 = icmp eq i32 %0, 0
	br i1 %466, label %467, label %470

467:
	%468 = sext i32 %192 to i64
	%469 = getelementptr i32, i32* %ties, i64 %468
	store i32 %463, i32* %469
	br label %470

470:
	br label %330

471:
	br label %503

472:
	%473 = mul i32 %1, 8
	%474 = add i32 %473, 4
	%475 = mul i32 %2, %NQ
	%476 = add i32 %475, %474
	%477 = mul i32 %476, %NK
	%478 = mul i32 %474, 64
	%479 = add i32 %478, %off
	%480 = add i32 %474, 1
	%481 = mul i32 %480, 64
	%482 = icmp slt i32 %481, %M
	%483 = select i1 %482, i32 %481, i32 %M
	%484 = sub i32 %483, 1
	%485 = add i32 %484, %off
	%486 = icmp slt i32 %479, 0
	%487 = sub i32 0, %479
	%488 = sub i32 64, 1
	%489 = add i32 %487, %488
	%490 = sdiv i32 %489, 64
	%491 = sub i32 0, %490
	%492 = sdiv i32 %479, 64
	%493 = select i1 %486, i32 %491, i32 %492
	%494 = icmp slt i32 %485, 0
	%495 = sub i32 0, %485
	%496 = sub i32 64, 1
	%497 = add i32 %495, %496
	%498 = sdiv i32 %497, 64
	%499 = sub i32 0, %498
	%500 = sdiv i32 %485, 64
	%501 = select i1 %494, i32 %499, i32 %500
	%502 = icmp slt i32 %474, %NQ
	br i1 %502, label %613, label %614

503:
	%504 = phi i32 [ %0, %471 ], [ %554, %549 ]
	%505 = phi i32 [ 0, %471 ], [ %553, %549 ]
	%506 = icmp slt i32 %504, %14
	br i1 %506, label %507, label %509

507:
	%508 = icmp slt i32 %504, %NK
	br i1 %508, label %533, label %549

509:
	%510 = and i32 %0, 31
	%511 = lshr i32 %0, 5
	%512 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %505, i32 1, i32 0)
	%513 = icmp uge i32 %510, 1
	%514 = select i1 %513, i32 %512, i32 0
	%515 = add i32 %505, %514
	%516 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %515, i32 2, i32 0)
	%517 = icmp uge i32 %510, 2
	%518 = select i1 %517, i32 %516, i32 0
	%519 = add i32 %515, %518
	%520 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %519, i32 4, i32 0)
	%521 = icmp uge i32 %510, 4
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %519, %522
	%524 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 8, i32 0)
	%525 = icmp uge i32 %510, 8
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 %523, %526
	%528 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %527, i32 16, i32 0)
	%529 = icmp uge i32 %510, 16
	%530 = select i1 %529, i32 %528, i32 0
	%531 = add i32 %527, %530
	%532 = icmp eq i32 %510, 31
	br i1 %532, label %555, label %557

533:
	%534 = add i32 %335, %504
	%535 = sext i32 %534 to i64
	%536 = getelementptr float, float* %e, i64 %535
	%537 = load float, float* %536
	%538 = fcmp oge float %537, 0.0
	%539 = icmp sge i32 %504, %351
	%540 = icmp sle i32 %504, %359
	%541 = and i1 %539, %540
	%542 = or i1 false, %541
	%543 = icmp eq i32 %504, 0
	%544 = or i1 %542, %543
	%545 = bitcast float %537 to i32
	%546 = add i32 %545, 2
	%547 = select i1 %544, i32 1, i32 %546
	%548 = select i1 %538, i32 %547, i32 0
	br label %549

549:
	%550 = phi i32 [ 0, %507 ], [ %548, %533 ]
	%551 = icmp eq i32 %550, %7
	%552 = zext i1 %551 to i32
	%553 = add i32 %505, %552
	%554 = add i32 %504, 256
	br label %503

555:
	%556 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %511
	store i32 %531, i32 addrspace(3)* %556
	br label %557

557:
	call void @llvm.nvvm.barrier0()
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %511, 0
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 0, %561
	%563 = add i32 0, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %511, 1
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %511, 2
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %511, 3
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %511, 4
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%589 = load i32, i32 addrspace(3)* %588
	%590 = icmp sgt i32 %511, 5
	%591 = select i1 %590, i32 %589, i32 0
	%592 = add i32 %586, %591
	%593 = add i32 %587, %589
	%594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%595 = load i32, i32 addrspace(3)* %594
	%596 = icmp sgt i32 %511, 6
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %592, %597
	%599 = add i32 %593, %595
	%600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%601 = load i32, i32 addrspace(3)* %600
	%602 = icmp sgt i32 %511, 7
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %598, %603
	%605 = add i32 %599, %601
	%606 = add i32 %604, %531
	%607 = sub i32 %606, %505
	%608 = icmp eq i32 %0, 0
	br i1 %608, label %609, label %612

609:
	%610 = sext i32 %334 to i64
	%611 = getelementptr i32, i32* %ties, i64 %610
	store i32 %605, i32* %611
	br label %612

612:
	br label %472

613:
	br label %645

614:
	%615 = mul i32 %1, 8
	%616 = add i32 %615, 5
	%617 = mul i32 %2, %NQ
	%618 = add i32 %617, %616
	%619 = mul i32 %618, %NK
	%620 = mul i32 %616, 64
	%621 = add i32 %620, %off
	%622 = add i32 %616, 1
	%623 = mul i32 %622, 64
	%624 = icmp slt i32 %623, %M
	%625 = select i1 %624, i32 %623, i32 %M
	%626 = sub i32 %625, 1
	%627 = add i32 %626, %off
	%628 = icmp slt i32 %621, 0
	%629 = sub i32 0, %621
	%630 = sub i32 64, 1
	%631 = add i32 %629, %630
	%632 = sdiv i32 %631, 64
	%633 = sub i32 0, %632
	%634 = sdiv i32 %621, 64
	%635 = select i1 %628, i32 %633, i32 %634
	%636 = icmp slt i32 %627, 0
	%637 = sub i32 0, %627
	%638 = sub i32 64, 1
	%639 = add i32 %637, %638
	%640 = sdiv i32 %639, 64
	%641 = sub i32 0, %640
	%642 = sdiv i32 %627, 64
	%643 = select i1 %636, i32 %641, i32 %642
	%644 = icmp slt i32 %616, %NQ
	br i1 %644, label %755, label %756

645:
	%646 = phi i32 [ %0, %613 ], [ %696, %691 ]
	%647 = phi i32 [ 0, %613 ], [ %695, %691 ]
	%648 = icmp slt i32 %646, %14
	br i1 %648, label %649, label %651

649:
	%650 = icmp slt i32 %646, %NK
	br i1 %650, label %675, label %691

651:
	%652 = and i32 %0, 31
	%653 = lshr i32 %0, 5
	%654 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %647, i32 1, i32 0)
	%655 = icmp uge i32 %652, 1
	%656 = select i1 %655, i32 %654, i32 0
	%657 = add i32 %647, %656
	%658 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %657, i32 2, i32 0)
	%659 = icmp uge i32 %652, 2
	%660 = select i1 %659, i32 %658, i32 0
	%661 = add i32 %657, %660
	%662 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %661, i32 4, i32 0)
	%663 = icmp uge i32 %652, 4
	%664 = select i1 %663, i32 %662, i32 0
	%665 = add i32 %661, %664
	%666 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %665, i32 8, i32 0)
	%667 = icmp uge i32 %652, 8
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 %665, %668
	%670 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %669, i32 16, i32 0)
	%671 = icmp uge i32 %652, 16
	%672 = select i1 %671, i32 %670, i32 0
	%673 = add i32 %669, %672
	%674 = icmp eq i32 %652, 31
	br i1 %674, label %697, label %699

675:
	%676 = add i32 %477, %646
	%677 = sext i32 %676 to i64
	%678 = getelementptr float, float* %e, i64 %677
	%679 = load float, float* %678
	%680 = fcmp oge float %679, 0.0
	%681 = icmp sge i32 %646, %493
	%682 = icmp sle i32 %646, %501
	%683 = and i1 %681, %682
	%684 = or i1 false, %683
	%685 = icmp eq i32 %646, 0
	%686 = or i1 %684, %685
	%687 = bitcast float %679 to i32
	%688 = add i32 %687, 2
	%689 = select i1 %686, i32 1, i32 %688
	%690 = select i1 %680, i32 %689, i32 0
	br label %691

691:
	%692 = phi i32 [ 0, %649 ], [ %690, %675 ]
	%693 = icmp eq i32 %692, %7
	%694 = zext i1 %693 to i32
	%695 = add i32 %647, %694
	%696 = add i32 %646, 256
	br label %645

697:
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %653
	store i32 %673, i32 addrspace(3)* %698
	br label %699

699:
	call void @llvm.nvvm.barrier0()
	%700 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%701 = load i32, i32 addrspace(3)* %700
	%702 = icmp sgt i32 %653, 0
	%703 = select i1 %702, i32 %701, i32 0
	%704 = add i32 0, %703
	%705 = add i32 0, %701
	%706 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%707 = load i32, i32 addrspace(3)* %706
	%708 = icmp sgt i32 %653, 1
	%709 = select i1 %708, i32 %707, i32 0
	%710 = add i32 %704, %709
	%711 = add i32 %705, %707
	%712 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%713 = load i32, i32 addrspace(3)* %712
	%714 = icmp sgt i32 %653, 2
	%715 = select i1 %714, i32 %713, i32 0
	%716 = add i32 %710, %715
	%717 = add i32 %711, %713
	%718 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%719 = load i32, i32 addrspace(3)* %718
	%720 = icmp sgt i32 %653, 3
	%721 = select i1 %720, i32 %719, i32 0
	%722 = add i32 %716, %721
	%723 = add i32 %717, %719
	%724 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%725 = load i32, i32 addrspace(3)* %724
	%726 = icmp sgt i32 %653, 4
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %722, %727
	%729 = add i32 %723, %725
	%730 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%731 = load i32, i32 addrspace(3)* %730
	%732 = icmp sgt i32 %653, 5
	%733 = select i1 %732, i32 %731, i32 0
	%734 = add i32 %728, %733
	%735 = add i32 %729, %731
	%736 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%737 = load i32, i32 addrspace(3)* %736
	%738 = icmp sgt i32 %653, 6
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %734, %739
	%741 = add i32 %735, %737
	%742 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%743 = load i32, i32 addrspace(3)* %742
	%744 = icmp sgt i32 %653, 7
	%745 = select i1 %744, i32 %743, i32 0
	%746 = add i32 %740, %745
	%747 = add i32 %741, %743
	%748 = add i32 %746, %673
	%749 = sub i32 %748, %647
	%750 = icmp eq i32 %0, 0
	br i1 %750, label %751, label %754

751:
	%752 = sext i32 %476 to i64
	%753 = getelementptr i32, i32* %ties, i64 %752
	store i32 %747, i32* %753
	br label %754

754:
	br label %614

755:
	br label %787

756:
	%757 = mul i32 %1, 8
	%758 = add i32 %757, 6
	%759 = mul i32 %2, %NQ
	%760 = add i32 %759, %758
	%761 = mul i32 %760, %NK
	%762 = mul i32 %758, 64
	%763 = add i32 %762, %off
	%764 = add i32 %758, 1
	%765 = mul i32 %764, 64
	%766 = icmp slt i32 %765, %M
	%767 = select i1 %766, i32 %765, i32 %M
	%768 = sub i32 %767, 1
	%769 = add i32 %768, %off
	%770 = icmp slt i32 %763, 0
	%771 = sub i32 0, %763
	%772 = sub i32 64, 1
	%773 = add i32 %771, %772
	%774 = sdiv i32 %773, 64
	%775 = sub i32 0, %774
	%776 = sdiv i32 %763, 64
	%777 = select i1 %770, i32 %775, i32 %776
	%778 = icmp slt i32 %769, 0
	%779 = sub i32 0, %769
	%780 = sub i32 64, 1
	%781 = add i32 %779, %780
	%782 = sdiv i32 %781, 64
	%783 = sub i32 0, %782
	%784 = sdiv i32 %769, 64
	%785 = select i1 %778, i32 %783, i32 %784
	%786 = icmp slt i32 %758, %NQ
	br i1 %786, label %897, label %898

787:
	%788 = phi i32 [ %0, %755 ], [ %838, %833 ]
	%789 = phi i32 [ 0, %755 ], [ %837, %833 ]
	%790 = icmp slt i32 %788, %14
	br i1 %790, label %791, label %793

791:
	%792 = icmp slt i32 %788, %NK
	br i1 %792, label %817, label %833

793:
	%794 = and i32 %0, 31
	%795 = lshr i32 %0, 5
	%796 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %789, i32 1, i32 0)
	%797 = icmp uge i32 %794, 1
	%798 = select i1 %797, i32 %796, i32 0
	%799 = add i32 %789, %798
	%800 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %799, i32 2, i32 0)
	%801 = icmp uge i32 %794, 2
	%802 = select i1 %801, i32 %800, i32 0
	%803 = add i32 %799, %802
	%804 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %803, i32 4, i32 0)
	%805 = icmp uge i32 %794, 4
	%806 = select i1 %805, i32 %804, i32 0
	%807 = add i32 %803, %806
	%808 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %807, i32 8, i32 0)
	%809 = icmp uge i32 %794, 8
	%810 = select i1 %809, i32 %808, i32 0
	%811 = add i32 %807, %810
	%812 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %811, i32 16, i32 0)
	%813 = icmp uge i32 %794, 16
	%814 = select i1 %813, i32 %812, i32 0
	%815 = add i32 %811, %814
	%816 = icmp eq i32 %794, 31
	br i1 %816, label %839, label %841

817:
	%818 = add i32 %619, %788
	%819 = sext i32 %818 to i64
	%820 = getelementptr float, float* %e, i64 %819
	%821 = load float, float* %820
	%822 = fcmp oge float %821, 0.0
	%823 = icmp sge i32 %788, %635
	%824 = icmp sle i32 %788, %643
	%825 = and i1 %823, %824
	%826 = or i1 false, %825
	%827 = icmp eq i32 %788, 0
	%828 = or i1 %826, %827
	%829 = bitcast float %821 to i32
	%830 = add i32 %829, 2
	%831 = select i1 %828, i32 1, i32 %830
	%832 = select i1 %822, i32 %831, i32 0
	br label %833

833:
	%834 = phi i32 [ 0, %791 ], [ %832, %817 ]
	%835 = icmp eq i32 %834, %7
	%836 = zext i1 %835 to i32
	%837 = add i32 %789, %836
	%838 = add i32 %788, 256
	br label %787

839:
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %795
	store i32 %815, i32 addrspace(3)* %840
	br label %841

841:
	call void @llvm.nvvm.barrier0()
	%842 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%843 = load i32, i32 addrspace(3)* %842
	%844 = icmp sgt i32 %795, 0
	%845 = select i1 %844, i32 %843, i32 0
	%846 = add i32 0, %845
	%847 = add i32 0, %843
	%848 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%849 = load i32, i32 addrspace(3)* %848
	%850 = icmp sgt i32 %795, 1
	%851 = select i1 %850, i32 %849, i32 0
	%852 = add i32 %846, %851
	%853 = add i32 %847, %849
	%854 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%855 = load i32, i32 addrspace(3)* %854
	%856 = icmp sgt i32 %795, 2
	%857 = select i1 %856, i32 %855, i32 0
	%858 = add i32 %852, %857
	%859 = add i32 %853, %855
	%860 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%861 = load i32, i32 addrspace(3)* %860
	%862 = icmp sgt i32 %795, 3
	%863 = select i1 %862, i32 %861, i32 0
	%864 = add i32 %858, %863
	%865 = add i32 %859, %861
	%866 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%867 = load i32, i32 addrspace(3)* %866
	%868 = icmp sgt i32 %795, 4
	%869 = select i1 %868, i32 %867, i32 0
	%870 = add i32 %864, %869
	%871 = add i32 %865, %867
	%872 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%873 = load i32, i32 addrspace(3)* %872
	%874 = icmp sgt i32 %795, 5
	%875 = select i1 %874, i32 %873, i32 0
	%876 = add i32 %870, %875
	%877 = add i32 %871, %873
	%878 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%879 = load i32, i32 addrspace(3)* %878
	%880 = icmp sgt i32 %795, 6
	%881 = select i1 %880, i32 %879, i32 0
	%882 = add i32 %876, %881
	%883 = add i32 %877, %879
	%884 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%885 = load i32, i32 addrspace(3)* %884
	%886 = icmp sgt i32 %795, 7
	%887 = select i1 %886, i32 %885, i32 0
	%888 = add i32 %882, %887
	%889 = add i32 %883, %885
	%890 = add i32 %888, %815
	%891 = sub i32 %890, %789
	%892 = icmp eq i32 %0, 0
	br i1 %892, label %893, label %896

893:
	%894 = sext i32 %618 to i64
	%895 = getelementptr i32, i32* %ties, i64 %894
	store i32 %889, i32* %895
	br label %896

896:
	br label %756

897:
	br label %929

898:
	%899 = mul i32 %1, 8
	%900 = add i32 %899, 7
	%901 = mul i32 %2, %NQ
	%902 = add i32 %901, %900
	%903 = mul i32 %902, %NK
	%904 = mul i32 %900, 64
	%905 = add i32 %904, %off
	%906 = add i32 %900, 1
	%907 = mul i32 %906, 64
	%908 = icmp slt i32 %907, %M
	%909 = select i1 %908, i32 %907, i32 %M
	%910 = sub i32 %909, 1
	%911 = add i32 %910, %off
	%912 = icmp slt i32 %905, 0
	%913 = sub i32 0, %905
	%914 = sub i32 64, 1
	%915 = add i32 %913, %914
	%916 = sdiv i32 %915, 64
	%917 = sub i32 0, %916
	%918 = sdiv i32 %905, 64
	%919 = select i1 %912, i32 %917, i32 %918
	%920 = icmp slt i32 %911, 0
	%921 = sub i32 0, %911
	%922 = sub i32 64, 1
	%923 = add i32 %921, %922
	%924 = sdiv i32 %923, 64
	%925 = sub i32 0, %924
	%926 = sdiv i32 %911, 64
	%927 = select i1 %920, i32 %925, i32 %926
	%928 = icmp slt i32 %900, %NQ
	br i1 %928, label %1039, label %1040

929:
	%930 = phi i32 [ %0, %897 ], [ %980, %975 ]
	%931 = phi i32 [ 0, %897 ], [ %979, %975 ]
	%932 = icmp slt i32 %930, %14
	br i1 %932, label %933, label %935

933:
	%934 = icmp slt i32 %930, %NK
	br i1 %934, label %959, label %975

935:
	%936 = and i32 %0, 31
	%937 = lshr i32 %0, 5
	%938 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %931, i32 1, i32 0)
	%939 = icmp uge i32 %936, 1
	%940 = select i1 %939, i32 %938, i32 0
	%941 = add i32 %931, %940
	%942 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %941, i32 2, i32 0)
	%943 = icmp uge i32 %936, 2
	%944 = select i1 %943, i32 %942, i32 0
	%945 = add i32 %941, %944
	%946 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %945, i32 4, i32 0)
	%947 = icmp uge i32 %936, 4
	%948 = select i1 %947, i32 %946, i32 0
	%949 = add i32 %945, %948
	%950 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %949, i32 8, i32 0)
	%951 = icmp uge i32 %936, 8
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 %949, %952
	%954 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %953, i32 16, i32 0)
	%955 = icmp uge i32 %936, 16
	%956 = select i1 %955, i32 %954, i32 0
	%957 = add i32 %953, %956
	%958 = icmp eq i32 %936, 31
	br i1 %958, label %981, label %983

959:
	%960 = add i32 %761, %930
	%961 = sext i32 %960 to i64
	%962 = getelementptr float, float* %e, i64 %961
	%963 = load float, float* %962
	%964 = fcmp oge float %963, 0.0
	%965 = icmp sge i32 %930, %777
	%966 = icmp sle i32 %930, %785
	%967 = and i1 %965, %966
	%968 = or i1 false, %967
	%969 = icmp eq i32 %930, 0
	%970 = or i1 %968, %969
	%971 = bitcast float %963 to i32
	%972 = add i32 %971, 2
	%973 = select i1 %970, i32 1, i32 %972
	%974 = select i1 %964, i32 %973, i32 0
	br label %975

975:
	%976 = phi i32 [ 0, %933 ], [ %974, %959 ]
	%977 = icmp eq i32 %976, %7
	%978 = zext i1 %977 to i32
	%979 = add i32 %931, %978
	%980 = add i32 %930, 256
	br label %929

981:
	%982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %937
	store i32 %957, i32 addrspace(3)* %982
	br label %983

983:
	call void @llvm.nvvm.barrier0()
	%984 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%985 = load i32, i32 addrspace(3)* %984
	%986 = icmp sgt i32 %937, 0
	%987 = select i1 %986, i32 %985, i32 0
	%988 = add i32 0, %987
	%989 = add i32 0, %985
	%990 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%991 = load i32, i32 addrspace(3)* %990
	%992 = icmp sgt i32 %937, 1
	%993 = select i1 %992, i32 %991, i32 0
	%994 = add i32 %988, %993
	%995 = add i32 %989, %991
	%996 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%997 = load i32, i32 addrspace(3)* %996
	%998 = icmp sgt i32 %937, 2
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = add i32 %994, %999
	%1001 = add i32 %995, %997
	%1002 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%1003 = load i32, i32 addrspace(3)* %1002
	%1004 = icmp sgt i32 %937, 3
	%1005 = select i1 %1004, i32 %1003, i32 0
	%1006 = add i32 %1000, %1005
	%1007 = add i32 %1001, %1003
	%1008 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%1009 = load i32, i32 addrspace(3)* %1008
	%1010 = icmp sgt i32 %937, 4
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = add i32 %1006, %1011
	%1013 = add i32 %1007, %1009
	%1014 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%1015 = load i32, i32 addrspace(3)* %1014
	%1016 = icmp sgt i32 %937, 5
	%1017 = select i1 %1016, i32 %1015, i32 0
	%1018 = add i32 %1012, %1017
	%1019 = add i32 %1013, %1015
	%1020 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%1021 = load i32, i32 addrspace(3)* %1020
	%1022 = icmp sgt i32 %937, 6
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = add i32 %1018, %1023
	%1025 = add i32 %1019, %1021
	%1026 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%1027 = load i32, i32 addrspace(3)* %1026
	%1028 = icmp sgt i32 %937, 7
	%1029 = select i1 %1028, i32 %1027, i32 0
	%1030 = add i32 %1024, %1029
	%1031 = add i32 %1025, %1027
	%1032 = add i32 %1030, %957
	%1033 = sub i32 %1032, %931
	%1034 = icmp eq i32 %0, 0
	br i1 %1034, label %1035, label %1038

1035:
	%1036 = sext i32 %760 to i64
	%1037 = getelementptr i32, i32* %ties, i64 %1036
	store i32 %1031, i32* %1037
	br label %1038

1038:
	br label %898

1039:
	br label %1041

1040:
	ret void

1041:
	%1042 = phi i32 [ %0, %1039 ], [ %1092, %1087 ]
	%1043 = phi i32 [ 0, %1039 ], [ %1091, %1087 ]
	%1044 = icmp slt i32 %1042, %14
	br i1 %1044, label %1045, label %1047

1045:
	%1046 = icmp slt i32 %1042, %NK
	br i1 %1046, label %1071, label %1087

1047:
	%1048 = and i32 %0, 31
	%1049 = lshr i32 %0, 5
	%1050 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1043, i32 1, i32 0)
	%1051 = icmp uge i32 %1048, 1
	%1052 = select i1 %1051, i32 %1050, i32 0
	%1053 = add i32 %1043, %1052
	%1054 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1053, i32 2, i32 0)
	%1055 = icmp uge i32 %1048, 2
	%1056 = select i1 %1055, i32 %1054, i32 0
	%1057 = add i32 %1053, %1056
	%1058 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1057, i32 4, i32 0)
	%1059 = icmp uge i32 %1048, 4
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 %1057, %1060
	%1062 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1061, i32 8, i32 0)
	%1063 = icmp uge i32 %1048, 8
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 %1061, %1064
	%1066 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1065, i32 16, i32 0)
	%1067 = icmp uge i32 %1048, 16
	%1068 = select i1 %1067, i32 %1066, i32 0
	%1069 = add i32 %1065, %1068
	%1070 = icmp eq i32 %1048, 31
	br i1 %1070, label %1093, label %1095

1071:
	%1072 = add i32 %903, %1042
	%1073 = sext i32 %1072 to i64
	%1074 = getelementptr float, float* %e, i64 %1073
	%1075 = load float, float* %1074
	%1076 = fcmp oge float %1075, 0.0
	%1077 = icmp sge i32 %1042, %919
	%1078 = icmp sle i32 %1042, %927
	%1079 = and i1 %1077, %1078
	%1080 = or i1 false, %1079
	%1081 = icmp eq i32 %1042, 0
	%1082 = or i1 %1080, %1081
	%1083 = bitcast float %1075 to i32
	%1084 = add i32 %1083, 2
	%1085 = select i1 %1082, i32 1, i32 %1084
	%1086 = select i1 %1076, i32 %1085, i32 0
	br label %1087

1087:
	%1088 = phi i32 [ 0, %1045 ], [ %1086, %1071 ]
	%1089 = icmp eq i32 %1088, %7
	%1090 = zext i1 %1089 to i32
	%1091 = add i32 %1043, %1090
	%1092 = add i32 %1042, 256
	br label %1041

1093:
	%1094 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %1049
	store i32 %1069, i32 addrspace(3)* %1094
	br label %1095

1095:
	call void @llvm.nvvm.barrier0()
	%1096 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%1097 = load i32, i32 addrspace(3)* %1096
	%1098 = icmp sgt i32 %1049, 0
	%1099 = select i1 %1098, i32 %1097, i32 0
	%1100 = add i32 0, %1099
	%1101 = add i32 0, %1097
	%1102 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%1103 = load i32, i32 addrspace(3)* %1102
	%1104 = icmp sgt i32 %1049, 1
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = add i32 %1100, %1105
	%1107 = add i32 %1101, %1103
	%1108 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%1109 = load i32, i32 addrspace(3)* %1108
	%1110 = icmp sgt i32 %1049, 2
	%1111 = select i1 %1110, i32 %1109, i32 0
	%1112 = add i32 %1106, %1111
	%1113 = add i32 %1107, %1109
	%1114 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%1115 = load i32, i32 addrspace(3)* %1114
	%1116 = icmp sgt i32 %1049, 3
	%1117 = select i1 %1116, i32 %1115, i32 0
	%1118 = add i32 %1112, %1117
	%1119 = add i32 %1113, %1115
	%1120 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%1121 = load i32, i32 addrspace(3)* %1120
	%1122 = icmp sgt i32 %1049, 4
	%1123 = select i1 %1122, i32 %1121, i32 0
	%1124 = add i32 %1118, %1123
	%1125 = add i32 %1119, %1121
	%1126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%1127 = load i32, i32 addrspace(3)* %1126
	%1128 = icmp sgt i32 %1049, 5
	%1129 = select i1 %1128, i32 %1127, i32 0
	%1130 = add i32 %1124, %1129
	%1131 = add i32 %1125, %1127
	%1132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%1133 = load i32, i32 addrspace(3)* %1132
	%1134 = icmp sgt i32 %1049, 6
	%1135 = select i1 %1134, i32 %1133, i32 0
	%1136 = add i32 %1130, %1135
	%1137 = add i32 %1131, %1133
	%1138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%1139 = load i32, i32 addrspace(3)* %1138
	%1140 = icmp sgt i32 %1049, 7
	%1141 = select i1 %1140, i32 %1139, i32 0
	%1142 = add i32 %1136, %1141
	%1143 = add i32 %1137, %1139
	%1144 = add i32 %1142, %1069
	%1145 = sub i32 %1144, %1043
	%1146 = icmp eq i32 %0, 0
	br i1 %1146, label %1147, label %1150

1147:
	%1148 = sext i32 %902 to i64
	%1149 = getelementptr i32, i32* %ties, i64 %1148
	store i32 %1143, i32* %1149
	br label %1150

1150:
	br label %1040
}

define ptx_kernel void @best_select1_scan(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 2
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	br label %12

12:
	%13 = phi i32 [ 0, %entry ], [ %113, %111 ]
	%14 = phi i32 [ 0, %entry ], [ %112, %111 ]
	%15 = icmp slt i32 %13, %R
	br i1 %15, label %16, label %23

16:
	%17 = add i32 %13, %0
	%18 = icmp slt i32 %17, %R
	%19 = select i1 %18, i32 %17, i32 0
	%20 = add i32 %7, %19
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %ties, i64 %21
	br i1 %18, label %24, label %26

23:
	ret void

24:
	%25 = load i32, i32* %22
	br label %26

26:
	%27 = phi i32 [ 0, %16 ], [ %25, %24 ]
	%28 = and i32 %0, 31
	%29 = lshr i32 %0, 5
	%30 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%31 = icmp uge i32 %28, 1
	%32 = select i1 %31, i32 %30, i32 0
	%33 = add i32 %27, %32
	%34 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %33, i32 2, i32 0)
	%35 = icmp uge i32 %28, 2
	%36 = select i1 %35, i32 %34, i32 0
	%37 = add i32 %33, %36
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %37, i32 4, i32 0)
	%39 = icmp uge i32 %28, 4
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %37, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 8, i32 0)
	%43 = icmp uge i32 %28, 8
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 16, i32 0)
	%47 = icmp uge i32 %28, 16
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = icmp eq i32 %28, 31
	br i1 %50, label %51, label %53

51:
	%52 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 %29
	store i32 %49, i32 addrspace(3)* %52
	br label %53

53:
	call void @llvm.nvvm.barrier0()
	%54 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 0
	%55 = load i32, i32 addrspace(3)* %54
	%56 = icmp sgt i32 %29, 0
	%57 = select i1 %56, i32 %55, i32 0
	%58 = add i32 0, %57
	%59 = add i32 0, %55
	%60 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 1
	%61 = load i32, i32 addrspace(3)* %60
	%62 = icmp sgt i32 %29, 1
	%63 = select i1 %62, i32 %61, i32 0
	%64 = add i32 %58, %63
	%65 = add i32 %59, %61
	%66 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 2
	%67 = load i32, i32 addrspace(3)* %66
	%68 = icmp sgt i32 %29, 2
	%69 = select i1 %68, i32 %67, i32 0
	%70 = add i32 %64, %69
	%71 = add i32 %65, %67
	%72 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 3
	%73 = load i32, i32 addrspace(3)* %72
	%74 = icmp sgt i32 %29, 3
	%75 = select i1 %74, i32 %73, i32 0
	%76 = add i32 %70, %75
	%77 = add i32 %71, %73
	%78 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 4
	%79 = load i32, i32 addrspace(3)* %78
	%80 = icmp sgt i32 %29, 4
	%81 = select i1 %80, i32 %79, i32 0
	%82 = add i32 %76, %81
	%83 = add i32 %77, %79
	%84 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 5
	%85 = load i32, i32 addrspace(3)* %84
	%86 = icmp sgt i32 %29, 5
	%87 = select i1 %86, i32 %85, i32 0
	%88 = add i32 %82, %87
	%89 = add i32 %83, %85
	%90 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 6
	%91 = load i32, i32 addrspace(3)* %90
	%92 = icmp sgt i32 %29, 6
	%93 = select i1 %92, i32 %91, i32 0
	%94 = add i32 %88, %93
	%95 = add i32 %89, %91
	%96 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 7
	%97 = load i32, i32 addrspace(3)* %96
	%98 = icmp sgt i32 %29, 7
	%99 = select i1 %98, i32 %97, i32 0
	%100 = add i32 %94, %99
	%101 = add i32 %95, %97
	%102 = add i32 %100, %49
	%103 = sub i32 %102, %27
	%104 = add i32 %14, %103
	%105 = sub i32 %11, %104
	%106 = icmp slt i32 %105, %27
	%107 = select i1 %106, i32 %105, i32 %27
	%108 = icmp sgt i32 %107, 0
	%109 = select i1 %108, i32 %107, i32 0
	br i1 %18, label %110, label %111

110:
	store i32 %109, i32* %22
	br label %111

111:
	call void @llvm.nvvm.barrier0()
	%112 = add i32 %14, %101
	%113 = add i32 %13, 256
	br label %12
}

define ptx_kernel void @best_select1_take(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %1
	%19 = mul i32 %1, 64
	%20 = add i32 %19, %off
	%21 = add i32 %1, 1
	%22 = mul i32 %21, 64
	%23 = icmp slt i32 %22, %M
	%24 = select i1 %23, i32 %22, i32 %M
	%25 = sub i32 %24, 1
	%26 = add i32 %25, %off
	%27 = icmp slt i32 %20, 0
	%28 = sub i32 0, %20
	%29 = sub i32 64, 1
	%30 = add i32 %28, %29
	%31 = sdiv i32 %30, 64
	%32 = sub i32 0, %31
	%33 = sdiv i32 %20, 64
	%34 = select i1 %27, i32 %32, i32 %33
	%35 = icmp slt i32 %26, 0
	%36 = sub i32 0, %26
	%37 = sub i32 64, 1
	%38 = add i32 %36, %37
	%39 = sdiv i32 %38, 64
	%40 = sub i32 0, %39
	%41 = sdiv i32 %26, 64
	%42 = select i1 %35, i32 %40, i32 %41
	br label %43

43:
	%44 = phi i32 [ %0, %entry ], [ %80, %77 ]
	%45 = icmp slt i32 %44, %16
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %44, %NK
	br i1 %47, label %61, label %77

48:
	%49 = mul i32 0, 8
	%50 = sext i32 %49 to i64
	%51 = getelementptr i32, i32* %state, i64 %50
	%52 = load i32, i32* %51
	%53 = sext i32 %18 to i64
	%54 = getelementptr i32, i32* %ties, i64 %53
	%55 = load i32, i32* %54
	%56 = mul i32 %18, 2
	%57 = add i32 %56, 1
	%58 = sext i32 %57 to i64
	%59 = getelementptr i32, i32* %cnt, i64 %58
	%60 = load i32, i32* %59
	call void @llvm.nvvm.barrier0()
	br label %81

61:
	%62 = add i32 %11, %44
	%63 = sext i32 %62 to i64
	%64 = getelementptr float, float* %e, i64 %63
	%65 = load float, float* %64
	%66 = fcmp oge float %65, 0.0
	%67 = icmp sge i32 %44, %34
	%68 = icmp sle i32 %44, %42
	%69 = and i1 %67, %68
	%70 = or i1 false, %69
	%71 = icmp eq i32 %44, 0
	%72 = or i1 %70, %71
	%73 = bitcast float %65 to i32
	%74 = add i32 %73, 2
	%75 = select i1 %72, i32 1, i32 %74
	%76 = select i1 %66, i32 %75, i32 0
	br label %77

77:
	%78 = phi i32 [ 0, %46 ], [ %76, %61 ]
	%79 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %44
	store i32 %78, i32 addrspace(3)* %79
	%80 = add i32 %44, 256
	br label %43

81:
	%82 = phi i32 [ 0, %48 ], [ %264, %261 ]
	%83 = phi i32 [ 0, %48 ], [ %262, %261 ]
	%84 = phi i32 [ 0, %48 ], [ %263, %261 ]
	%85 = icmp slt i32 %82, %16
	br i1 %85, label %86, label %115

86:
	%87 = add i32 %82, %0
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %87
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp eq i32 %89, %52
	%91 = zext i1 %90 to i32
	%92 = and i32 %0, 31
	%93 = lshr i32 %0, 5
	%94 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %91, i32 1, i32 0)
	%95 = icmp uge i32 %92, 1
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %97, i32 2, i32 0)
	%99 = icmp uge i32 %92, 2
	%100 = select i1 %99, i32 %98, i32 0
	%101 = add i32 %97, %100
	%102 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %101, i32 4, i32 0)
	%103 = icmp uge i32 %92, 4
	%104 = select i1 %103, i32 %102, i32 0
	%105 = add i32 %101, %104
	%106 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %105, i32 8, i32 0)
	%107 = icmp uge i32 %92, 8
	%108 = select i1 %107, i32 %106, i32 0
	%109 = add i32 %105, %108
	%110 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %109, i32 16, i32 0)
	%111 = icmp uge i32 %92, 16
	%112 = select i1 %111, i32 %110, i32 0
	%113 = add i32 %109, %112
	%114 = icmp eq i32 %92, 31
	br i1 %114, label %123, label %125

115:
	call void @llvm.nvvm.barrier0()
	%116 = sub i32 %84, 1
	%117 = call i32 @llvm.ctlz.i32(i32 %116, i1 false)
	%118 = icmp sgt i32 %84, 1
	%119 = sub i32 32, %117
	%120 = select i1 %118, i32 %119, i32 0
	%121 = shl i32 1, %120
	%122 = add i32 %84, %0
	br label %265

123:
	%124 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 %93
	store i32 %113, i32 addrspace(3)* %124
	br label %125

125:
	call void @llvm.nvvm.barrier0()
	%126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 0
	%127 = load i32, i32 addrspace(3)* %126
	%128 = icmp sgt i32 %93, 0
	%129 = select i1 %128, i32 %127, i32 0
	%130 = add i32 0, %129
	%131 = add i32 0, %127
	%132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 1
	%133 = load i32, i32 addrspace(3)* %132
	%134 = icmp sgt i32 %93, 1
	%135 = select i1 %134, i32 %133, i32 0
	%136 = add i32 %130, %135
	%137 = add i32 %131, %133
	%138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 2
	%139 = load i32, i32 addrspace(3)* %138
	%140 = icmp sgt i32 %93, 2
	%141 = select i1 %140, i32 %139, i32 0
	%142 = add i32 %136, %141
	%143 = add i32 %137, %139
	%144 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 3
	%145 = load i32, i32 addrspace(3)* %144
	%146 = icmp sgt i32 %93, 3
	%147 = select i1 %146, i32 %145, i32 0
	%148 = add i32 %142, %147
	%149 = add i32 %143, %145
	%150 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 4
	%151 = load i32, i32 addrspace(3)* %150
	%152 = icmp sgt i32 %93, 4
	%153 = select i1 %152, i32 %151, i32 0
	%154 = add i32 %148, %153
	%155 = add i32 %149, %151
	%156 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 5
	%157 = load i32, i32 addrspace(3)* %156
	%158 = icmp sgt i32 %93, 5
	%159 = select i1 %158, i32 %157, i32 0
	%160 = add i32 %154, %159
	%161 = add i32 %155, %157
	%162 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 6
	%163 = load i32, i32 addrspace(3)* %162
	%164 = icmp sgt i32 %93, 6
	%165 = select i1 %164, i32 %163, i32 0
	%166 = add i32 %160, %165
	%167 = add i32 %161, %163
	%168 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 7
	%169 = load i32, i32 addrspace(3)* %168
	%170 = icmp sgt i32 %93, 7
	%171 = select i1 %170, i32 %169, i32 0
	%172 = add i32 %166, %171
	%173 = add i32 %167, %169
	%174 = add i32 %172, %113
	%175 = sub i32 %174, %91
	%176 = icmp ugt i32 %89, %52
	%177 = add i32 %83, %175
	%178 = icmp slt i32 %177, %55
	%179 = and i1 %90, %178
	%180 = or i1 %176, %179
	%181 = zext i1 %180 to i32
	%182 = and i32 %0, 31
	%183 = lshr i32 %0, 5
	%184 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %181, i32 1, i32 0)
	%185 = icmp uge i32 %182, 1
	%186 = select i1 %185, i32 %184, i32 0
	%187 = add i32 %181, %186
	%188 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %187, i32 2, i32 0)
	%189 = icmp uge i32 %182, 2
	%190 = select i1 %189, i32 %188, i32 0
	%191 = add i32 %187, %190
	%192 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %191, i32 4, i32 0)
	%193 = icmp uge i32 %182, 4
	%194 = select i1 %193, i32 %192, i32 0
	%195 = add i32 %191, %194
	%196 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %195, i32 8, i32 0)
	%197 = icmp uge i32 %182, 8
	%198 = select i1 %197, i32 %196, i32 0
	%199 = add i32 %195, %198
	%200 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %199, i32 16, i32 0)
	%201 = icmp uge i32 %182, 16
	%202 = select i1 %201, i32 %200, i32 0
	%203 = add i32 %199, %202
	%204 = icmp eq i32 %182, 31
	br i1 %204, label %205, label %207

205:
	%206 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 %183
	store i32 %203, i32 addrspace(3)* %206
	br label %207

207:
	call void @llvm.nvvm.barrier0()
	%208 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 0
	%209 = load i32, i32 addrspace(3)* %208
	%210 = icmp sgt i32 %183, 0
	%211 = select i1 %210, i32 %209, i32 0
	%212 = add i32 0, %211
	%213 = add i32 0, %209
	%214 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 1
	%215 = load i32, i32 addrspace(3)* %214
	%216 = icmp sgt i32 %183, 1
	%217 = select i1 %216, i32 %215, i32 0
	%218 = add i32 %212, %217
	%219 = add i32 %213, %215
	%220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 2
	%221 = load i32, i32 addrspace(3)* %220
	%222 = icmp sgt i32 %183, 2
	%223 = select i1 %222, i32 %221, i32 0
	%224 = add i32 %218, %223
	%225 = add i32 %219, %221
	%226 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 3
	%227 = load i32, i32 addrspace(3)* %226
	%228 = icmp sgt i32 %183, 3
	%229 = select i1 %228, i32 %227, i32 0
	%230 = add i32 %224, %229
	%231 = add i32 %225, %227
	%232 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 4
	%233 = load i32, i32 addrspace(3)* %232
	%234 = icmp sgt i32 %183, 4
	%235 = select i1 %234, i32 %233, i32 0
	%236 = add i32 %230, %235
	%237 = add i32 %231, %233
	%238 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 5
	%239 = load i32, i32 addrspace(3)* %238
	%240 = icmp sgt i32 %183, 5
	%241 = select i1 %240, i32 %239, i32 0
	%242 = add i32 %236, %241
	%243 = add i32 %237, %239
	%244 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 6
	%245 = load i32, i32 addrspace(3)* %244
	%246 = icmp sgt i32 %183, 6
	%247 = select i1 %246, i32 %245, i32 0
	%248 = add i32 %242, %247
	%249 = add i32 %243, %245
	%250 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 7
	%251 = load i32, i32 addrspace(3)* %250
	%252 = icmp sgt i32 %183, 7
	%253 = select i1 %252, i32 %251, i32 0
	%254 = add i32 %248, %253
	%255 = add i32 %249, %251
	%256 = add i32 %254, %203
	%257 = sub i32 %256, %181
	br i1 %180, label %258, label %261

258:
	%259 = add i32 %84, %257
	%260 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %259
	store i32 %87, i32 addrspace(3)* %260
	br label %261

261:
	%262 = add i32 %83, %173
	%263 = add i32 %84, %255
	%264 = add i32 %82, 256
	br label %81

265:
	%266 = phi i32 [ %122, %115 ], [ %270, %268 ]
	%267 = icmp slt i32 %266, %121
	br i1 %267, label %268, label %271

268:
	%269 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %266
	store i32 -1, i32 addrspace(3)* %269
	%270 = add i32 %266, 256
	br label %265

271:
	call void @llvm.nvvm.barrier0()
	%272 = add i32 %120, 1
	br label %273

273:
	%274 = phi i32 [ 1, %271 ], [ %287, %286 ]
	%275 = icmp slt i32 %274, %272
	br i1 %275, label %276, label %278

276:
	%277 = shl i32 1, %274
	br label %279

278:
	br label %325

279:
	%280 = phi i32 [ 0, %276 ], [ %295, %294 ]
	%281 = icmp slt i32 %280, %274
	br i1 %281, label %282, label %286

282:
	%283 = sub i32 %274, 1
	%284 = sub i32 %283, %280
	%285 = shl i32 1, %284
	br label %288

286:
	%287 = add i32 %274, 1
	br label %273

288:
	%289 = phi i32 [ %0, %282 ], [ %320, %319 ]
	%290 = icmp slt i32 %289, %121
	br i1 %290, label %291, label %294

291:
	%292 = xor i32 %289, %285
	%293 = icmp sgt i32 %292, %289
	br i1 %293, label %296, label %319

294:
	call void @llvm.nvvm.barrier0()
	%295 = add i32 %280, 1
	br label %279

296:
	%297 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %289
	%298 = load i32, i32 addrspace(3)* %297
	%299 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %292
	%300 = load i32, i32 addrspace(3)* %299
	%301 = and i32 %289, %277
	%302 = icmp eq i32 %301, 0
	%303 = icmp sge i32 %300, 0
	%304 = select i1 %303, i32 %300, i32 0
	%305 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %304
	%306 = load i32, i32 addrspace(3)* %305
	%307 = select i1 %303, i32 %306, i32 0
	%308 = icmp sge i32 %298, 0
	%309 = select i1 %308, i32 %298, i32 0
	%310 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %309
	%311 = load i32, i32 addrspace(3)* %310
	%312 = select i1 %308, i32 %311, i32 0
	%313 = icmp ugt i32 %307, %312
	%314 = icmp eq i32 %307, %312
	%315 = icmp slt i32 %300, %298
	%316 = and i1 %314, %315
	%317 = or i1 %313, %316
	%318 = icmp eq i1 %317, %302
	br i1 %318, label %321, label %324

319:
	%320 = add i32 %289, 256
	br label %288

321:
	%322 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %289
	store i32 %300, i32 addrspace(3)* %322
	%323 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %292
	store i32 %298, i32 addrspace(3)* %323
	br label %324

324:
	br label %319

325:
	%326 = phi i32 [ %0, %278 ], [ %339, %328 ]
	%327 = icmp slt i32 %326, %84
	br i1 %327, label %328, label %340

328:
	%329 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %326
	%330 = load i32, i32 addrspace(3)* %329
	%331 = add i32 %60, %326
	%332 = add i32 %13, %331
	%333 = sext i32 %332 to i64
	%334 = getelementptr i32, i32* %list, i64 %333
	store i32 %330, i32* %334
	%335 = add i32 %13, %NK
	%336 = add i32 %335, %331
	%337 = sext i32 %336 to i64
	%338 = getelementptr i32, i32* %list, i64 %337
	store i32 0, i32* %338
	%339 = add i32 %326, 256
	br label %325

340:
	%341 = add i32 %60, %84
	%342 = add i32 %341, %0
	br label %343

343:
	%344 = phi i32 [ %342, %340 ], [ %354, %346 ]
	%345 = icmp slt i32 %344, %NK
	br i1 %345, label %346, label %355

346:
	%347 = add i32 %13, %344
	%348 = sext i32 %347 to i64
	%349 = getelementptr i32, i32* %list, i64 %348
	store i32 -1, i32* %349
	%350 = add i32 %13, %NK
	%351 = add i32 %350, %344
	%352 = sext i32 %351 to i64
	%353 = getelementptr i32, i32* %list, i64 %352
	store i32 -1, i32* %353
	%354 = add i32 %344, 256
	br label %343

355:
	ret void
}

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @best_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @best_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i16* %kbar, i16* %vbar, i8* %comp) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @best_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = sub i32 %NQ, 1
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%9 = sub i32 %7, %8
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%11 = sdiv i32 %10, %group
	%12 = mul i32 %9, 64
	%13 = mul i32 %10, %M
	%14 = mul i32 %13, 64
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %q, i64 %15
	%17 = mul i32 %11, %N
	%18 = mul i32 %17, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %k, i64 %19
	%21 = mul i32 %11, %N
	%22 = mul i32 %21, 64
	%23 = sext i32 %22 to i64
	%24 = getelementptr i16, i16* %v, i64 %23
	%25 = udiv i32 %10, %lh
	%26 = mul i32 %25, %NQ
	%27 = add i32 %26, %9
	%28 = mul i32 %27, 2
	%29 = mul i32 %28, %NK
	%30 = mul i32 %10, %ch
	%31 = mul i32 %30, %NQ
	%32 = add i32 %31, %9
	%33 = mul i32 %32, %NK
	%34 = mul i32 %11, %NK
	%35 = mul i32 %34, 64
	%36 = sext i32 %35 to i64
	%37 = getelementptr i16, i16* %kbar, i64 %36
	%38 = mul i32 %11, %NK
	%39 = mul i32 %38, 64
	%40 = sext i32 %39 to i64
	%41 = getelementptr i16, i16* %vbar, i64 %40
	%42 = mul i32 %10, %NQ
	%43 = add i32 %42, %9
	%44 = mul i32 %43, %NK
	%45 = add i32 %29, 0
	%46 = sext i32 %45 to i64
	%47 = getelementptr i32, i32* %list, i64 %46
	%48 = load i32, i32* %47
	%49 = icmp sgt i32 %NK, 0
	%50 = icmp sge i32 %48, 0
	%51 = and i1 %49, %50
	%52 = lshr i32 %2, 3
	%53 = and i32 %2, 7
	%54 = and i32 %52, 7
	%55 = xor i32 %53, %54
	%56 = mul i32 %52, 8
	%57 = add i32 %56, %55
	%58 = shl i32 %57, 4
	%59 = add i32 %0, %58
	%60 = add i32 %12, %52
	%61 = mul i32 %60, 64
	%62 = mul i32 %53, 8
	%63 = add i32 %61, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i16, i16* %16, i64 %64
	%66 = add i32 %60, 0
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %65, i64 0
	%69 = select i1 %67, i16* %68, i16* %16
	%70 = add i32 %59, 0
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %60, 16
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %65, i64 1024
	%75 = select i1 %73, i16* %74, i16* %16
	%76 = add i32 %59, 2048
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %60, 32
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %65, i64 2048
	%81 = select i1 %79, i16* %80, i16* %16
	%82 = add i32 %59, u0x1000
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %60, 48
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %65, i64 3072
	%87 = select i1 %85, i16* %86, i16* %16
	%88 = add i32 %59, 6144
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %51, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%90 = and i32 %4, 7
	%91 = lshr i32 %4, 3
	%92 = and i32 %91, 1
	%93 = shl i32 %92, 3
	%94 = add i32 %90, %93
	%95 = lshr i32 %4, 4
	%96 = mul i32 %3, 16
	%97 = add i32 %94, 0
	%98 = add i32 %96, %97
	%99 = mul i32 %98, 128
	%100 = add i32 %0, %99
	%101 = and i32 %4, 7
	%102 = xor i32 %95, %101
	%103 = shl i32 %102, 4
	%104 = add i32 %100, %103
	%105 = xor i32 %104, 0
	%106 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %105)
	%107 = extractvalue { i32, i32, i32, i32 } %106, 0
	%108 = extractvalue { i32, i32, i32, i32 } %106, 1
	%109 = extractvalue { i32, i32, i32, i32 } %106, 2
	%110 = extractvalue { i32, i32, i32, i32 } %106, 3
	%111 = xor i32 %104, 32
	%112 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %111)
	%113 = extractvalue { i32, i32, i32, i32 } %112, 0
	%114 = extractvalue { i32, i32, i32, i32 } %112, 1
	%115 = extractvalue { i32, i32, i32, i32 } %112, 2
	%116 = extractvalue { i32, i32, i32, i32 } %112, 3
	%117 = xor i32 %104, 64
	%118 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %117)
	%119 = extractvalue { i32, i32, i32, i32 } %118, 0
	%120 = extractvalue { i32, i32, i32, i32 } %118, 1
	%121 = extractvalue { i32, i32, i32, i32 } %118, 2
	%122 = extractvalue { i32, i32, i32, i32 } %118, 3
	%123 = xor i32 %104, 96
	%124 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %123)
	%125 = extractvalue { i32, i32, i32, i32 } %124, 0
	%126 = extractvalue { i32, i32, i32, i32 } %124, 1
	%127 = extractvalue { i32, i32, i32, i32 } %124, 2
	%128 = extractvalue { i32, i32, i32, i32 } %124, 3
	call void @llvm.nvvm.barrier0()
	%129 = icmp sge i32 %48, %NK
	%130 = select i1 %129, i16* %37, i16* %20
	%131 = sub i32 %48, %NK
	%132 = select i1 %129, i32 %131, i32 %48
	%133 = mul i32 %132, 64
	%134 = select i1 %129, i32 %NK, i32 %N
	%135 = lshr i32 %2, 3
	%136 = and i32 %2, 7
	%137 = and i32 %135, 7
	%138 = xor i32 %136, %137
	%139 = mul i32 %135, 8
	%140 = add i32 %139, %138
	%141 = shl i32 %140, 4
	%142 = add i32 %0, %141
	%143 = add i32 %133, %135
	%144 = mul i32 %143, 64
	%145 = mul i32 %136, 8
	%146 = add i32 %144, %145
	%147 = sext i32 %146 to i64
	%148 = getelementptr i16, i16* %130, i64 %147
	%149 = add i32 %143, 0
	%150 = icmp slt i32 %149, %134
	%151 = getelementptr i16, i16* %148, i64 0
	%152 = select i1 %150, i16* %151, i16* %130
	%153 = add i32 %142, 0
	%154 = select i1 %150, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %153, i16* %152, i32 %154)
	%155 = add i32 %143, 16
	%156 = icmp slt i32 %155, %134
	%157 = getelementptr i16, i16* %148, i64 1024
	%158 = select i1 %156, i16* %157, i16* %130
	%159 = add i32 %142, 2048
	%160 = select i1 %156, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %159, i16* %158, i32 %160)
	%161 = add i32 %143, 32
	%162 = icmp slt i32 %161, %134
	%163 = getelementptr i16, i16* %148, i64 2048
	%164 = select i1 %162, i16* %163, i16* %130
	%165 = add i32 %142, u0x1000
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %143, 48
	%168 = icmp slt i32 %167, %134
	%169 = getelementptr i16, i16* %148, i64 3072
	%170 = select i1 %168, i16* %169, i16* %130
	%171 = add i32 %142, 6144
	%172 = select i1 %168, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%173 = phi i32 [ 0, %prologue ], [ %1594, %pv ]
	%174 = phi i32 [ %48, %prologue ], [ %1601, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1886, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1887, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1888, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1889, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1891, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1892, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1893, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1894, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1903, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1904, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1905, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1906, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1908, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1909, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1910, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1911, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1920, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1921, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1922, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1923, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1925, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1926, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1927, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1928, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1937, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1938, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1939, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1940, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1942, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1943, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1944, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1945, %pv ]
	%207 = phi float [ 0xFFF0000000000000, %prologue ], [ %1490, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1541, %pv ]
	%209 = phi float [ 0xFFF0000000000000, %prologue ], [ %1542, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1593, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%211 = mul i32 %174, 64
	%212 = icmp sge i32 %174, %NK
	%213 = select i1 %212, i16* %41, i16* %24
	%214 = sub i32 %174, %NK
	%215 = select i1 %212, i32 %214, i32 %174
	%216 = mul i32 %215, 64
	%217 = select i1 %212, i32 %NK, i32 %N
	%218 = lshr i32 %2, 3
	%219 = and i32 %2, 7
	%220 = and i32 %218, 7
	%221 = xor i32 %219, %220
	%222 = mul i32 %218, 8
	%223 = add i32 %222, %221
	%224 = shl i32 %223, 4
	%225 = add i32 %1, %224
	%226 = add i32 %216, %218
	%227 = mul i32 %226, 64
	%228 = mul i32 %219, 8
	%229 = add i32 %227, %228
	%230 = sext i32 %229 to i64
	%231 = getelementptr i16, i16* %213, i64 %230
	%232 = add i32 %226, 0
	%233 = icmp slt i32 %232, %217
	%234 = getelementptr i16, i16* %231, i64 0
	%235 = select i1 %233, i16* %234, i16* %213
	%236 = add i32 %225, 0
	%237 = select i1 %233, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %236, i16* %235, i32 %237)
	%238 = add i32 %226, 16
	%239 = icmp slt i32 %238, %217
	%240 = getelementptr i16, i16* %231, i64 1024
	%241 = select i1 %239, i16* %240, i16* %213
	%242 = add i32 %225, 2048
	%243 = select i1 %239, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %242, i16* %241, i32 %243)
	%244 = add i32 %226, 32
	%245 = icmp slt i32 %244, %217
	%246 = getelementptr i16, i16* %231, i64 2048
	%247 = select i1 %245, i16* %246, i16* %213
	%248 = add i32 %225, u0x1000
	%249 = select i1 %245, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %248, i16* %247, i32 %249)
	%250 = add i32 %226, 48
	%251 = icmp slt i32 %250, %217
	%252 = getelementptr i16, i16* %231, i64 3072
	%253 = select i1 %251, i16* %252, i16* %213
	%254 = add i32 %225, 6144
	%255 = select i1 %251, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %254, i16* %253, i32 %255)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%256 = and i32 %4, 7
	%257 = shl i32 %95, 3
	%258 = add i32 %256, %257
	%259 = lshr i32 %4, 3
	%260 = and i32 %259, 1
	%261 = mul i32 %258, 128
	%262 = add i32 %0, %261
	%263 = and i32 %4, 7
	%264 = xor i32 %260, %263
	%265 = shl i32 %264, 4
	%266 = add i32 %262, %265
	%267 = xor i32 %266, 0
	%268 = add i32 %267, 0
	%269 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %268)
	%270 = extractvalue { i32, i32, i32, i32 } %269, 0
	%271 = extractvalue { i32, i32, i32, i32 } %269, 1
	%272 = extractvalue { i32, i32, i32, i32 } %269, 2
	%273 = extractvalue { i32, i32, i32, i32 } %269, 3
	%274 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %270, i32 %271, float 0.0, float 0.0, float 0.0, float 0.0)
	%275 = extractvalue { float, float, float, float } %274, 0
	%276 = extractvalue { float, float, float, float } %274, 1
	%277 = extractvalue { float, float, float, float } %274, 2
	%278 = extractvalue { float, float, float, float } %274, 3
	%279 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %272, i32 %273, float 0.0, float 0.0, float 0.0, float 0.0)
	%280 = extractvalue { float, float, float, float } %279, 0
	%281 = extractvalue { float, float, float, float } %279, 1
	%282 = extractvalue { float, float, float, float } %279, 2
	%283 = extractvalue { float, float, float, float } %279, 3
	%284 = add i32 %267, 2048
	%285 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %284)
	%286 = extractvalue { i32, i32, i32, i32 } %285, 0
	%287 = extractvalue { i32, i32, i32, i32 } %285, 1
	%288 = extractvalue { i32, i32, i32, i32 } %285, 2
	%289 = extractvalue { i32, i32, i32, i32 } %285, 3
	%290 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %286, i32 %287, float 0.0, float 0.0, float 0.0, float 0.0)
	%291 = extractvalue { float, float, float, float } %290, 0
	%292 = extractvalue { float, float, float, float } %290, 1
	%293 = extractvalue { float, float, float, float } %290, 2
	%294 = extractvalue { float, float, float, float } %290, 3
	%295 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %288, i32 %289, float 0.0, float 0.0, float 0.0, float 0.0)
	%296 = extractvalue { float, float, float, float } %295, 0
	%297 = extractvalue { float, float, float, float } %295, 1
	%298 = extractvalue { float, float, float, float } %295, 2
	%299 = extractvalue { float, float, float, float } %295, 3
	%300 = add i32 %267, u0x1000
	%301 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %300)
	%302 = extractvalue { i32, i32, i32, i32 } %301, 0
	%303 = extractvalue { i32, i32, i32, i32 } %301, 1
	%304 = extractvalue { i32, i32, i32, i32 } %301, 2
	%305 = extractvalue { i32, i32, i32, i32 } %301, 3
	%306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %302, i32 %303, float 0.0, float 0.0, float 0.0, float 0.0)
	%307 = extractvalue { float, float, float, float } %306, 0
	%308 = extractvalue { float, float, float, float } %306, 1
	%309 = extractvalue { float, float, float, float } %306, 2
	%310 = extractvalue { float, float, float, float } %306, 3
	%311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %304, i32 %305, float 0.0, float 0.0, float 0.0, float 0.0)
	%312 = extractvalue { float, float, float, float } %311, 0
	%313 = extractvalue { float, float, float, float } %311, 1
	%314 = extractvalue { float, float, float, float } %311, 2
	%315 = extractvalue { float, float, float, float } %311, 3
	%316 = add i32 %267, 6144
	%317 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %316)
	%318 = extractvalue { i32, i32, i32, i32 } %317, 0
	%319 = extractvalue { i32, i32, i32, i32 } %317, 1
	%320 = extractvalue { i32, i32, i32, i32 } %317, 2
	%321 = extractvalue { i32, i32, i32, i32 } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %318, i32 %319, float 0.0, float 0.0, float 0.0, float 0.0)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %320, i32 %321, float 0.0, float 0.0, float 0.0, float 0.0)
	%328 = extractvalue { float, float, float, float } %327, 0
	%329 = extractvalue { float, float, float, float } %327, 1
	%330 = extractvalue { float, float, float, float } %327, 2
	%331 = extractvalue { float, float, float, float } %327, 3
	%332 = xor i32 %266, 32
	%333 = add i32 %332, 0
	%334 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %333)
	%335 = extractvalue { i32, i32, i32, i32 } %334, 0
	%336 = extractvalue { i32, i32, i32, i32 } %334, 1
	%337 = extractvalue { i32, i32, i32, i32 } %334, 2
	%338 = extractvalue { i32, i32, i32, i32 } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %335, i32 %336, float %275, float %276, float %277, float %278)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %337, i32 %338, float %280, float %281, float %282, float %283)
	%345 = extractvalue { float, float, float, float } %344, 0
	%346 = extractvalue { float, float, float, float } %344, 1
	%347 = extractvalue { float, float, float, float } %344, 2
	%348 = extractvalue { float, float, float, float } %344, 3
	%349 = add i32 %332, 2048
	%350 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %349)
	%351 = extractvalue { i32, i32, i32, i32 } %350, 0
	%352 = extractvalue { i32, i32, i32, i32 } %350, 1
	%353 = extractvalue { i32, i32, i32, i32 } %350, 2
	%354 = extractvalue { i32, i32, i32, i32 } %350, 3
	%355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %351, i32 %352, float %291, float %292, float %293, float %294)
	%356 = extractvalue { float, float, float, float } %355, 0
	%357 = extractvalue { float, float, float, float } %355, 1
	%358 = extractvalue { float, float, float, float } %355, 2
	%359 = extractvalue { float, float, float, float } %355, 3
	%360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %353, i32 %354, float %296, float %297, float %298, float %299)
	%361 = extractvalue { float, float, float, float } %360, 0
	%362 = extractvalue { float, float, float, float } %360, 1
	%363 = extractvalue { float, float, float, float } %360, 2
	%364 = extractvalue { float, float, float, float } %360, 3
	%365 = add i32 %332, u0x1000
	%366 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %365)
	%367 = extractvalue { i32, i32, i32, i32 } %366, 0
	%368 = extractvalue { i32, i32, i32, i32 } %366, 1
	%369 = extractvalue { i32, i32, i32, i32 } %366, 2
	%370 = extractvalue { i32, i32, i32, i32 } %366, 3
	%371 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %367, i32 %368, float %307, float %308, float %309, float %310)
	%372 = extractvalue { float, float, float, float } %371, 0
	%373 = extractvalue { float, float, float, float } %371, 1
	%374 = extractvalue { float, float, float, float } %371, 2
	%375 = extractvalue { float, float, float, float } %371, 3
	%376 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %369, i32 %370, float %312, float %313, float %314, float %315)
	%377 = extractvalue { float, float, float, float } %376, 0
	%378 = extractvalue { float, float, float, float } %376, 1
	%379 = extractvalue { float, float, float, float } %376, 2
	%380 = extractvalue { float, float, float, float } %376, 3
	%381 = add i32 %332, 6144
	%382 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %381)
	%383 = extractvalue { i32, i32, i32, i32 } %382, 0
	%384 = extractvalue { i32, i32, i32, i32 } %382, 1
	%385 = extractvalue { i32, i32, i32, i32 } %382, 2
	%386 = extractvalue { i32, i32, i32, i32 } %382, 3
	%387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %383, i32 %384, float %323, float %324, float %325, float %326)
	%388 = extractvalue { float, float, float, float } %387, 0
	%389 = extractvalue { float, float, float, float } %387, 1
	%390 = extractvalue { float, float, float, float } %387, 2
	%391 = extractvalue { float, float, float, float } %387, 3
	%392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %385, i32 %386, float %328, float %329, float %330, float %331)
	%393 = extractvalue { float, float, float, float } %392, 0
	%394 = extractvalue { float, float, float, float } %392, 1
	%395 = extractvalue { float, float, float, float } %392, 2
	%396 = extractvalue { float, float, float, float } %392, 3
	%397 = xor i32 %266, 64
	%398 = add i32 %397, 0
	%399 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %398)
	%400 = extractvalue { i32, i32, i32, i32 } %399, 0
	%401 = extractvalue { i32, i32, i32, i32 } %399, 1
	%402 = extractvalue { i32, i32, i32, i32 } %399, 2
	%403 = extractvalue { i32, i32, i32, i32 } %399, 3
	%404 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %400, i32 %401, float %340, float %341, float %342, float %343)
	%405 = extractvalue { float, float, float, float } %404, 0
	%406 = extractvalue { float, float, float, float } %404, 1
	%407 = extractvalue { float, float, float, float } %404, 2
	%408 = extractvalue { float, float, float, float } %404, 3
	%409 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %402, i32 %403, float %345, float %346, float %347, float %348)
	%410 = extractvalue { float, float, float, float } %409, 0
	%411 = extractvalue { float, float, float, float } %409, 1
	%412 = extractvalue { float, float, float, float } %409, 2
	%413 = extractvalue { float, float, float, float } %409, 3
	%414 = add i32 %397, 2048
	%415 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %414)
	%416 = extractvalue { i32, i32, i32, i32 } %415, 0
	%417 = extractvalue { i32, i32, i32, i32 } %415, 1
	%418 = extractvalue { i32, i32, i32, i32 } %415, 2
	%419 = extractvalue { i32, i32, i32, i32 } %415, 3
	%420 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %416, i32 %417, float %356, float %357, float %358, float %359)
	%421 = extractvalue { float, float, float, float } %420, 0
	%422 = extractvalue { float, float, float, float } %420, 1
	%423 = extractvalue { float, float, float, float } %420, 2
	%424 = extractvalue { float, float, float, float } %420, 3
	%425 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %418, i32 %419, float %361, float %362, float %363, float %364)
	%426 = extractvalue { float, float, float, float } %425, 0
	%427 = extractvalue { float, float, float, float } %425, 1
	%428 = extractvalue { float, float, float, float } %425, 2
	%429 = extractvalue { float, float, float, float } %425, 3
	%430 = add i32 %397, u0x1000
	%431 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %430)
	%432 = extractvalue { i32, i32, i32, i32 } %431, 0
	%433 = extractvalue { i32, i32, i32, i32 } %431, 1
	%434 = extractvalue { i32, i32, i32, i32 } %431, 2
	%435 = extractvalue { i32, i32, i32, i32 } %431, 3
	%436 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %432, i32 %433, float %372, float %373, float %374, float %375)
	%437 = extractvalue { float, float, float, float } %436, 0
	%438 = extractvalue { float, float, float, float } %436, 1
	%439 = extractvalue { float, float, float, float } %436, 2
	%440 = extractvalue { float, float, float, float } %436, 3
	%441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %434, i32 %435, float %377, float %378, float %379, float %380)
	%442 = extractvalue { float, float, float, float } %441, 0
	%443 = extractvalue { float, float, float, float } %441, 1
	%444 = extractvalue { float, float, float, float } %441, 2
	%445 = extractvalue { float, float, float, float } %441, 3
	%446 = add i32 %397, 6144
	%447 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %446)
	%448 = extractvalue { i32, i32, i32, i32 } %447, 0
	%449 = extractvalue { i32, i32, i32, i32 } %447, 1
	%450 = extractvalue { i32, i32, i32, i32 } %447, 2
	%451 = extractvalue { i32, i32, i32, i32 } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %448, i32 %449, float %388, float %389, float %390, float %391)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %450, i32 %451, float %393, float %394, float %395, float %396)
	%458 = extractvalue { float, float, float, float } %457, 0
	%459 = extractvalue { float, float, float, float } %457, 1
	%460 = extractvalue { float, float, float, float } %457, 2
	%461 = extractvalue { float, float, float, float } %457, 3
	%462 = xor i32 %266, 96
	%463 = add i32 %462, 0
	%464 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %463)
	%465 = extractvalue { i32, i32, i32, i32 } %464, 0
	%466 = extractvalue { i32, i32, i32, i32 } %464, 1
	%467 = extractvalue { i32, i32, i32, i32 } %464, 2
	%468 = extractvalue { i32, i32, i32, i32 } %464, 3
	%469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %465, i32 %466, float %405, float %406, float %407, float %408)
	%470 = extractvalue { float, float, float, float } %469, 0
	%471 = extractvalue { float, float, float, float } %469, 1
	%472 = extractvalue { float, float, float, float } %469, 2
	%473 = extractvalue { float, float, float, float } %469, 3
	%474 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %467, i32 %468, float %410, float %411, float %412, float %413)
	%475 = extractvalue { float, float, float, float } %474, 0
	%476 = extractvalue { float, float, float, float } %474, 1
	%477 = extractvalue { float, float, float, float } %474, 2
	%478 = extractvalue { float, float, float, float } %474, 3
	%479 = add i32 %462, 2048
	%480 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %479)
	%481 = extractvalue { i32, i32, i32, i32 } %480, 0
	%482 = extractvalue { i32, i32, i32, i32 } %480, 1
	%483 = extractvalue { i32, i32, i32, i32 } %480, 2
	%484 = extractvalue { i32, i32, i32, i32 } %480, 3
	%485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %481, i32 %482, float %421, float %422, float %423, float %424)
	%486 = extractvalue { float, float, float, float } %485, 0
	%487 = extractvalue { float, float, float, float } %485, 1
	%488 = extractvalue { float, float, float, float } %485, 2
	%489 = extractvalue { float, float, float, float } %485, 3
	%490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %483, i32 %484, float %426, float %427, float %428, float %429)
	%491 = extractvalue { float, float, float, float } %490, 0
	%492 = extractvalue { float, float, float, float } %490, 1
	%493 = extractvalue { float, float, float, float } %490, 2
	%494 = extractvalue { float, float, float, float } %490, 3
	%495 = add i32 %462, u0x1000
	%496 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %495)
	%497 = extractvalue { i32, i32, i32, i32 } %496, 0
	%498 = extractvalue { i32, i32, i32, i32 } %496, 1
	%499 = extractvalue { i32, i32, i32, i32 } %496, 2
	%500 = extractvalue { i32, i32, i32, i32 } %496, 3
	%501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %497, i32 %498, float %437, float %438, float %439, float %440)
	%502 = extractvalue { float, float, float, float } %501, 0
	%503 = extractvalue { float, float, float, float } %501, 1
	%504 = extractvalue { float, float, float, float } %501, 2
	%505 = extractvalue { float, float, float, float } %501, 3
	%506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %499, i32 %500, float %442, float %443, float %444, float %445)
	%507 = extractvalue { float, float, float, float } %506, 0
	%508 = extractvalue { float, float, float, float } %506, 1
	%509 = extractvalue { float, float, float, float } %506, 2
	%510 = extractvalue { float, float, float, float } %506, 3
	%511 = add i32 %462, 6144
	%512 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %511)
	%513 = extractvalue { i32, i32, i32, i32 } %512, 0
	%514 = extractvalue { i32, i32, i32, i32 } %512, 1
	%515 = extractvalue { i32, i32, i32, i32 } %512, 2
	%516 = extractvalue { i32, i32, i32, i32 } %512, 3
	%517 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %513, i32 %514, float %453, float %454, float %455, float %456)
	%518 = extractvalue { float, float, float, float } %517, 0
	%519 = extractvalue { float, float, float, float } %517, 1
	%520 = extractvalue { float, float, float, float } %517, 2
	%521 = extractvalue { float, float, float, float } %517, 3
	%522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %515, i32 %516, float %458, float %459, float %460, float %461)
	%523 = extractvalue { float, float, float, float } %522, 0
	%524 = extractvalue { float, float, float, float } %522, 1
	%525 = extractvalue { float, float, float, float } %522, 2
	%526 = extractvalue { float, float, float, float } %522, 3
	%527 = mul i32 %3, 16
	%528 = add i32 %12, %527
	%529 = add i32 %5, 0
	%530 = add i32 %528, %529
	%531 = mul i32 %3, 16
	%532 = add i32 %12, %531
	%533 = add i32 %5, 8
	%534 = add i32 %532, %533
	%535 = sitofp i32 %10 to float
	%536 = icmp sge i32 %174, %NK
	br i1 %536, label %meankeys, label %classify

epilogue:
	%537 = phi float [ 0.0, %entry ], [ %1541, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1593, %pv ]
	%539 = phi i32 [ 0, %entry ], [ %1594, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1886, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1887, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1888, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1889, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1891, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1892, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1893, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1894, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1903, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1904, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1905, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1906, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1908, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1909, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1910, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1911, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1920, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1921, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1922, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1923, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1925, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1926, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1927, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1928, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1937, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1938, %pv ]
	%566 = phi float [ 0.0, %entry ], [ %1939, %pv ]
	%567 = phi float [ 0.0, %entry ], [ %1940, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %1942, %pv ]
	%569 = phi float [ 0.0, %entry ], [ %1943, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %1944, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %1945, %pv ]
	%572 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %537, i32 1, i32 31)
	%573 = fadd float %537, %572
	%574 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %573, i32 2, i32 31)
	%575 = fadd float %573, %574
	%576 = fcmp ogt float %575, 0.0
	%577 = fdiv float 1.0, %575
	%578 = select i1 %576, float %577, float 0.0
	%579 = mul i32 %3, 16
	%580 = add i32 %12, %579
	%581 = add i32 %5, 0
	%582 = add i32 %580, %581
	%583 = fmul float %540, %578
	%584 = fmul float %541, %578
	%585 = fmul float %544, %578
	%586 = fmul float %545, %578
	%587 = fmul float %548, %578
	%588 = fmul float %549, %578
	%589 = fmul float %552, %578
	%590 = fmul float %553, %578
	%591 = fmul float %556, %578
	%592 = fmul float %557, %578
	%593 = fmul float %560, %578
	%594 = fmul float %561, %578
	%595 = fmul float %564, %578
	%596 = fmul float %565, %578
	%597 = fmul float %568, %578
	%598 = fmul float %569, %578
	%599 = icmp slt i32 %582, %M
	br i1 %599, label %store0, label %stored0

meankeys:
	%600 = sub i32 %NK, 1
	%601 = mul i32 %600, 64
	%602 = sub i32 %N, %601
	%603 = sitofp i32 %602 to float
	%604 = call float @llvm.nvvm.lg2.approx.ftz.f(float %603)
	%605 = fmul float %604, 0x40162E4300000000
	%606 = shl i32 %6, 1
	%607 = add i32 0, %606
	%608 = add i32 %211, %607
	%609 = mul i32 %NK, 64
	%610 = sub i32 %608, %609
	%611 = icmp ult i32 %610, %NK
	%612 = select i1 %611, i32 %610, i32 0
	%613 = add i32 %44, %612
	%614 = sext i32 %613 to i64
	%615 = getelementptr i8, i8* %comp, i64 %614
	%616 = load i8, i8* %615
	%617 = icmp ne i8 %616, 0
	%618 = and i1 %611, %617
	%619 = fmul float 6.0, 0x40162E4300000000
	%620 = add i32 %610, 1
	%621 = icmp eq i32 %620, %NK
	%622 = select i1 %621, float %605, float %619
	%623 = fadd float %470, %622
	%624 = select i1 %618, float %623, float 0xFFF0000000000000
	%625 = shl i32 %6, 1
	%626 = add i32 1, %625
	%627 = add i32 %211, %626
	%628 = mul i32 %NK, 64
	%629 = sub i32 %627, %628
	%630 = icmp ult i32 %629, %NK
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 %44, %631
	%633 = sext i32 %632 to i64
	%634 = getelementptr i8, i8* %comp, i64 %633
	%635 = load i8, i8* %634
	%636 = icmp ne i8 %635, 0
	%637 = and i1 %630, %636
	%638 = fmul float 6.0, 0x40162E4300000000
	%639 = add i32 %629, 1
	%640 = icmp eq i32 %639, %NK
	%641 = select i1 %640, float %605, float %638
	%642 = fadd float %471, %641
	%643 = select i1 %637, float %642, float 0xFFF0000000000000
	%644 = fadd float %472, %622
	%645 = select i1 %618, float %644, float 0xFFF0000000000000
	%646 = fadd float %473, %641
	%647 = select i1 %637, float %646, float 0xFFF0000000000000
	%648 = shl i32 %6, 1
	%649 = add i32 8, %648
	%650 = add i32 %211, %649
	%651 = mul i32 %NK, 64
	%652 = sub i32 %650, %651
	%653 = icmp ult i32 %652, %NK
	%654 = select i1 %653, i32 %652, i32 0
	%655 = add i32 %44, %654
	%656 = sext i32 %655 to i64
	%657 = getelementptr i8, i8* %comp, i64 %656
	%658 = load i8, i8* %657
	%659 = icmp ne i8 %658, 0
	%660 = and i1 %653, %659
	%661 = fmul float 6.0, 0x40162E4300000000
	%662 = add i32 %652, 1
	%663 = icmp eq i32 %662, %NK
	%664 = select i1 %663, float %605, float %661
	%665 = fadd float %475, %664
	%666 = select i1 %660, float %665, float 0xFFF0000000000000
	%667 = shl i32 %6, 1
	%668 = add i32 9, %667
	%669 = add i32 %211, %668
	%670 = mul i32 %NK, 64
	%671 = sub i32 %669, %670
	%672 = icmp ult i32 %671, %NK
	%673 = select i1 %672, i32 %671, i32 0
	%674 = add i32 %44, %673
	%675 = sext i32 %674 to i64
	%676 = getelementptr i8, i8* %comp, i64 %675
	%677 = load i8, i8* %676
	%678 = icmp ne i8 %677, 0
	%679 = and i1 %672, %678
	%680 = fmul float 6.0, 0x40162E4300000000
	%681 = add i32 %671, 1
	%682 = icmp eq i32 %681, %NK
	%683 = select i1 %682, float %605, float %680
	%684 = fadd float %476, %683
	%685 = select i1 %679, float %684, float 0xFFF0000000000000
	%686 = fadd float %477, %664
	%687 = select i1 %660, float %686, float 0xFFF0000000000000
	%688 = fadd float %478, %683
	%689 = select i1 %679, float %688, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 16, %690
	%692 = add i32 %211, %691
	%693 = mul i32 %NK, 64
	%694 = sub i32 %692, %693
	%695 = icmp ult i32 %694, %NK
	%696 = select i1 %695, i32 %694, i32 0
	%697 = add i32 %44, %696
	%698 = sext i32 %697 to i64
	%699 = getelementptr i8, i8* %comp, i64 %698
	%700 = load i8, i8* %699
	%701 = icmp ne i8 %700, 0
	%702 = and i1 %695, %701
	%703 = fmul float 6.0, 0x40162E4300000000
	%704 = add i32 %694, 1
	%705 = icmp eq i32 %704, %NK
	%706 = select i1 %705, float %605, float %703
	%707 = fadd float %486, %706
	%708 = select i1 %702, float %707, float 0xFFF0000000000000
	%709 = shl i32 %6, 1
	%710 = add i32 17, %709
	%711 = add i32 %211, %710
	%712 = mul i32 %NK, 64
	%713 = sub i32 %711, %712
	%714 = icmp ult i32 %713, %NK
	%715 = select i1 %714, i32 %713, i32 0
	%716 = add i32 %44, %715
	%717 = sext i32 %716 to i64
	%718 = getelementptr i8, i8* %comp, i64 %717
	%719 = load i8, i8* %718
	%720 = icmp ne i8 %719, 0
	%721 = and i1 %714, %720
	%722 = fmul float 6.0, 0x40162E4300000000
	%723 = add i32 %713, 1
	%724 = icmp eq i32 %723, %NK
	%725 = select i1 %724, float %605, float %722
	%726 = fadd float %487, %725
	%727 = select i1 %721, float %726, float 0xFFF0000000000000
	%728 = fadd float %488, %706
	%729 = select i1 %702, float %728, float 0xFFF0000000000000
	%730 = fadd float %489, %725
	%731 = select i1 %721, float %730, float 0xFFF0000000000000
	%732 = shl i32 %6, 1
	%733 = add i32 24, %732
	%734 = add i32 %211, %733
	%735 = mul i32 %NK, 64
	%736 = sub i32 %734, %735
	%737 = icmp ult i32 %736, %NK
	%738 = select i1 %737, i32 %736, i32 0
	%739 = add i32 %44, %738
	%740 = sext i32 %739 to i64
	%741 = getelementptr i8, i8* %comp, i64 %740
	%742 = load i8, i8* %741
	%743 = icmp ne i8 %742, 0
	%744 = and i1 %737, %743
	%745 = fmul float 6.0, 0x40162E4300000000
	%746 = add i32 %736, 1
	%747 = icmp eq i32 %746, %NK
	%748 = select i1 %747, float %605, float %745
	%749 = fadd float %491, %748
	%750 = select i1 %744, float %749, float 0xFFF0000000000000
	%751 = shl i32 %6, 1
	%752 = add i32 25, %751
	%753 = add i32 %211, %752
	%754 = mul i32 %NK, 64
	%755 = sub i32 %753, %754
	%756 = icmp ult i32 %755, %NK
	%757 = select i1 %756, i32 %755, i32 0
	%758 = add i32 %44, %757
	%759 = sext i32 %758 to i64
	%760 = getelementptr i8, i8* %comp, i64 %759
	%761 = load i8, i8* %760
	%762 = icmp ne i8 %761, 0
	%763 = and i1 %756, %762
	%764 = fmul float 6.0, 0x40162E4300000000
	%765 = add i32 %755, 1
	%766 = icmp eq i32 %765, %NK
	%767 = select i1 %766, float %605, float %764
	%768 = fadd float %492, %767
	%769 = select i1 %763, float %768, float 0xFFF0000000000000
	%770 = fadd float %493, %748
	%771 = select i1 %744, float %770, float 0xFFF0000000000000
	%772 = fadd float %494, %767
	%773 = select i1 %763, float %772, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 32, %774
	%776 = add i32 %211, %775
	%777 = mul i32 %NK, 64
	%778 = sub i32 %776, %777
	%779 = icmp ult i32 %778, %NK
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 %44, %780
	%782 = sext i32 %781 to i64
	%783 = getelementptr i8, i8* %comp, i64 %782
	%784 = load i8, i8* %783
	%785 = icmp ne i8 %784, 0
	%786 = and i1 %779, %785
	%787 = fmul float 6.0, 0x40162E4300000000
	%788 = add i32 %778, 1
	%789 = icmp eq i32 %788, %NK
	%790 = select i1 %789, float %605, float %787
	%791 = fadd float %502, %790
	%792 = select i1 %786, float %791, float 0xFFF0000000000000
	%793 = shl i32 %6, 1
	%794 = add i32 33, %793
	%795 = add i32 %211, %794
	%796 = mul i32 %NK, 64
	%797 = sub i32 %795, %796
	%798 = icmp ult i32 %797, %NK
	%799 = select i1 %798, i32 %797, i32 0
	%800 = add i32 %44, %799
	%801 = sext i32 %800 to i64
	%802 = getelementptr i8, i8* %comp, i64 %801
	%803 = load i8, i8* %802
	%804 = icmp ne i8 %803, 0
	%805 = and i1 %798, %804
	%806 = fmul float 6.0, 0x40162E4300000000
	%807 = add i32 %797, 1
	%808 = icmp eq i32 %807, %NK
	%809 = select i1 %808, float %605, float %806
	%810 = fadd float %503, %809
	%811 = select i1 %805, float %810, float 0xFFF0000000000000
	%812 = fadd float %504, %790
	%813 = select i1 %786, float %812, float 0xFFF0000000000000
	%814 = fadd float %505, %809
	%815 = select i1 %805, float %814, float 0xFFF0000000000000
	%816 = shl i32 %6, 1
	%817 = add i32 40, %816
	%818 = add i32 %211, %817
	%819 = mul i32 %NK, 64
	%820 = sub i32 %818, %819
	%821 = icmp ult i32 %820, %NK
	%822 = select i1 %821, i32 %820, i32 0
	%823 = add i32 %44, %822
	%824 = sext i32 %823 to i64
	%825 = getelementptr i8, i8* %comp, i64 %824
	%826 = load i8, i8* %825
	%827 = icmp ne i8 %826, 0
	%828 = and i1 %821, %827
	%829 = fmul float 6.0, 0x40162E4300000000
	%830 = add i32 %820, 1
	%831 = icmp eq i32 %830, %NK
	%832 = select i1 %831, float %605, float %829
	%833 = fadd float %507, %832
	%834 = select i1 %828, float %833, float 0xFFF0000000000000
	%835 = shl i32 %6, 1
	%836 = add i32 41, %835
	%837 = add i32 %211, %836
	%838 = mul i32 %NK, 64
	%839 = sub i32 %837, %838
	%840 = icmp ult i32 %839, %NK
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %44, %841
	%843 = sext i32 %842 to i64
	%844 = getelementptr i8, i8* %comp, i64 %843
	%845 = load i8, i8* %844
	%846 = icmp ne i8 %845, 0
	%847 = and i1 %840, %846
	%848 = fmul float 6.0, 0x40162E4300000000
	%849 = add i32 %839, 1
	%850 = icmp eq i32 %849, %NK
	%851 = select i1 %850, float %605, float %848
	%852 = fadd float %508, %851
	%853 = select i1 %847, float %852, float 0xFFF0000000000000
	%854 = fadd float %509, %832
	%855 = select i1 %828, float %854, float 0xFFF0000000000000
	%856 = fadd float %510, %851
	%857 = select i1 %847, float %856, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 48, %858
	%860 = add i32 %211, %859
	%861 = mul i32 %NK, 64
	%862 = sub i32 %860, %861
	%863 = icmp ult i32 %862, %NK
	%864 = select i1 %863, i32 %862, i32 0
	%865 = add i32 %44, %864
	%866 = sext i32 %865 to i64
	%867 = getelementptr i8, i8* %comp, i64 %866
	%868 = load i8, i8* %867
	%869 = icmp ne i8 %868, 0
	%870 = and i1 %863, %869
	%871 = fmul float 6.0, 0x40162E4300000000
	%872 = add i32 %862, 1
	%873 = icmp eq i32 %872, %NK
	%874 = select i1 %873, float %605, float %871
	%875 = fadd float %518, %874
	%876 = select i1 %870, float %875, float 0xFFF0000000000000
	%877 = shl i32 %6, 1
	%878 = add i32 49, %877
	%879 = add i32 %211, %878
	%880 = mul i32 %NK, 64
	%881 = sub i32 %879, %880
	%882 = icmp ult i32 %881, %NK
	%883 = select i1 %882, i32 %881, i32 0
	%884 = add i32 %44, %883
	%885 = sext i32 %884 to i64
	%886 = getelementptr i8, i8* %comp, i64 %885
	%887 = load i8, i8* %886
	%888 = icmp ne i8 %887, 0
	%889 = and i1 %882, %888
	%890 = fmul float 6.0, 0x40162E4300000000
	%891 = add i32 %881, 1
	%892 = icmp eq i32 %891, %NK
	%893 = select i1 %892, float %605, float %890
	%894 = fadd float %519, %893
	%895 = select i1 %889, float %894, float 0xFFF0000000000000
	%896 = fadd float %520, %874
	%897 = select i1 %870, float %896, float 0xFFF0000000000000
	%898 = fadd float %521, %893
	%899 = select i1 %889, float %898, float 0xFFF0000000000000
	%900 = shl i32 %6, 1
	%901 = add i32 56, %900
	%902 = add i32 %211, %901
	%903 = mul i32 %NK, 64
	%904 = sub i32 %902, %903
	%905 = icmp ult i32 %904, %NK
	%906 = select i1 %905, i32 %904, i32 0
	%907 = add i32 %44, %906
	%908 = sext i32 %907 to i64
	%909 = getelementptr i8, i8* %comp, i64 %908
	%910 = load i8, i8* %909
	%911 = icmp ne i8 %910, 0
	%912 = and i1 %905, %911
	%913 = fmul float 6.0, 0x40162E4300000000
	%914 = add i32 %904, 1
	%915 = icmp eq i32 %914, %NK
	%916 = select i1 %915, float %605, float %913
	%917 = fadd float %523, %916
	%918 = select i1 %912, float %917, float 0xFFF0000000000000
	%919 = shl i32 %6, 1
	%920 = add i32 57, %919
	%921 = add i32 %211, %920
	%922 = mul i32 %NK, 64
	%923 = sub i32 %921, %922
	%924 = icmp ult i32 %923, %NK
	%925 = select i1 %924, i32 %923, i32 0
	%926 = add i32 %44, %925
	%927 = sext i32 %926 to i64
	%928 = getelementptr i8, i8* %comp, i64 %927
	%929 = load i8, i8* %928
	%930 = icmp ne i8 %929, 0
	%931 = and i1 %924, %930
	%932 = fmul float 6.0, 0x40162E4300000000
	%933 = add i32 %923, 1
	%934 = icmp eq i32 %933, %NK
	%935 = select i1 %934, float %605, float %932
	%936 = fadd float %524, %935
	%937 = select i1 %931, float %936, float 0xFFF0000000000000
	%938 = fadd float %525, %916
	%939 = select i1 %912, float %938, float 0xFFF0000000000000
	%940 = fadd float %526, %935
	%941 = select i1 %931, float %940, float 0xFFF0000000000000
	br label %softmax

classify:
	%942 = add i32 %33, %174
	%943 = sext i32 %942 to i64
	%944 = getelementptr i8, i8* %cls, i64 %943
	%945 = load i8, i8* %944
	%946 = icmp ne i8 %945, 2
	br i1 %946, label %partial, label %softmax

partial:
	%947 = shl i32 %6, 1
	%948 = add i32 0, %947
	%949 = add i32 %211, %948
	%950 = icmp slt i32 %949, %N
	%951 = select i1 %950, i32 %949, i32 0
	%952 = sitofp i32 %530 to float
	%953 = sitofp i32 %951 to float
	%954 = fcmp ole float %953, %952
	%955 = uitofp i1 %954 to float
	%956 = fcmp une float %955, 0.0
	%957 = and i1 %950, %956
	%958 = select i1 %957, float %470, float 0xFFF0000000000000
	%959 = shl i32 %6, 1
	%960 = add i32 1, %959
	%961 = add i32 %211, %960
	%962 = icmp slt i32 %961, %N
	%963 = select i1 %962, i32 %961, i32 0
	%964 = sitofp i32 %530 to float
	%965 = sitofp i32 %963 to float
	%966 = fcmp ole float %965, %964
	%967 = uitofp i1 %966 to float
	%968 = fcmp une float %967, 0.0
	%969 = and i1 %962, %968
	%970 = select i1 %969, float %471, float 0xFFF0000000000000
	%971 = shl i32 %6, 1
	%972 = add i32 0, %971
	%973 = add i32 %211, %972
	%974 = icmp slt i32 %973, %N
	%975 = select i1 %974, i32 %973, i32 0
	%976 = sitofp i32 %534 to float
	%977 = sitofp i32 %975 to float
	%978 = fcmp ole float %977, %976
	%979 = uitofp i1 %978 to float
	%980 = fcmp une float %979, 0.0
	%981 = and i1 %974, %980
	%982 = select i1 %981, float %472, float 0xFFF0000000000000
	%983 = shl i32 %6, 1
	%984 = add i32 1, %983
	%985 = add i32 %211, %984
	%986 = icmp slt i32 %985, %N
	%987 = select i1 %986, i32 %985, i32 0
	%988 = sitofp i32 %534 to float
	%989 = sitofp i32 %987 to float
	%990 = fcmp ole float %989, %988
	%991 = uitofp i1 %990 to float
	%992 = fcmp une float %991, 0.0
	%993 = and i1 %986, %992
	%994 = select i1 %993, float %473, float 0xFFF0000000000000
	%995 = shl i32 %6, 1
	%996 = add i32 8, %995
	%997 = add i32 %211, %996
	%998 = icmp slt i32 %997, %N
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = sitofp i32 %530 to float
	%1001 = sitofp i32 %999 to float
	%1002 = fcmp ole float %1001, %1000
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = and i1 %998, %1004
	%1006 = select i1 %1005, float %475, float 0xFFF0000000000000
	%1007 = shl i32 %6, 1
	%1008 = add i32 9, %1007
	%1009 = add i32 %211, %1008
	%1010 = icmp slt i32 %1009, %N
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = sitofp i32 %530 to float
	%1013 = sitofp i32 %1011 to float
	%1014 = fcmp ole float %1013, %1012
	%1015 = uitofp i1 %1014 to float
	%1016 = fcmp une float %1015, 0.0
	%1017 = and i1 %1010, %1016
	%1018 = select i1 %1017, float %476, float 0xFFF0000000000000
	%1019 = shl i32 %6, 1
	%1020 = add i32 8, %1019
	%1021 = add i32 %211, %1020
	%1022 = icmp slt i32 %1021, %N
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = sitofp i32 %534 to float
	%1025 = sitofp i32 %1023 to float
	%1026 = fcmp ole float %1025, %1024
	%1027 = uitofp i1 %1026 to float
	%1028 = fcmp une float %1027, 0.0
	%1029 = and i1 %1022, %1028
	%1030 = select i1 %1029, float %477, float 0xFFF0000000000000
	%1031 = shl i32 %6, 1
	%1032 = add i32 9, %1031
	%1033 = add i32 %211, %1032
	%1034 = icmp slt i32 %1033, %N
	%1035 = select i1 %1034, i32 %1033, i32 0
	%1036 = sitofp i32 %534 to float
	%1037 = sitofp i32 %1035 to float
	%1038 = fcmp ole float %1037, %1036
	%1039 = uitofp i1 %1038 to float
	%1040 = fcmp une float %1039, 0.0
	%1041 = and i1 %1034, %1040
	%1042 = select i1 %1041, float %478, float 0xFFF0000000000000
	%1043 = shl i32 %6, 1
	%1044 = add i32 16, %1043
	%1045 = add i32 %211, %1044
	%1046 = icmp slt i32 %1045, %N
	%1047 = select i1 %1046, i32 %1045, i32 0
	%1048 = sitofp i32 %530 to float
	%1049 = sitofp i32 %1047 to float
	%1050 = fcmp ole float %1049, %1048
	%1051 = uitofp i1 %1050 to float
	%1052 = fcmp une float %1051, 0.0
	%1053 = and i1 %1046, %1052
	%1054 = select i1 %1053, float %486, float 0xFFF0000000000000
	%1055 = shl i32 %6, 1
	%1056 = add i32 17, %1055
	%1057 = add i32 %211, %1056
	%1058 = icmp slt i32 %1057, %N
	%1059 = select i1 %1058, i32 %1057, i32 0
	%1060 = sitofp i32 %530 to float
	%1061 = sitofp i32 %1059 to float
	%1062 = fcmp ole float %1061, %1060
	%1063 = uitofp i1 %1062 to float
	%1064 = fcmp une float %1063, 0.0
	%1065 = and i1 %1058, %1064
	%1066 = select i1 %1065, float %487, float 0xFFF0000000000000
	%1067 = shl i32 %6, 1
	%1068 = add i32 16, %1067
	%1069 = add i32 %211, %1068
	%1070 = icmp slt i32 %1069, %N
	%1071 = select i1 %1070, i32 %1069, i32 0
	%1072 = sitofp i32 %534 to float
	%1073 = sitofp i32 %1071 to float
	%1074 = fcmp ole float %1073, %1072
	%1075 = uitofp i1 %1074 to float
	%1076 = fcmp une float %1075, 0.0
	%1077 = and i1 %1070, %1076
	%1078 = select i1 %1077, float %488, float 0xFFF0000000000000
	%1079 = shl i32 %6, 1
	%1080 = add i32 17, %1079
	%1081 = add i32 %211, %1080
	%1082 = icmp slt i32 %1081, %N
	%1083 = select i1 %1082, i32 %1081, i32 0
	%1084 = sitofp i32 %534 to float
	%1085 = sitofp i32 %1083 to float
	%1086 = fcmp ole float %1085, %1084
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = and i1 %1082, %1088
	%1090 = select i1 %1089, float %489, float 0xFFF0000000000000
	%1091 = shl i32 %6, 1
	%1092 = add i32 24, %1091
	%1093 = add i32 %211, %1092
	%1094 = icmp slt i32 %1093, %N
	%1095 = select i1 %1094, i32 %1093, i32 0
	%1096 = sitofp i32 %530 to float
	%1097 = sitofp i32 %1095 to float
	%1098 = fcmp ole float %1097, %1096
	%1099 = uitofp i1 %1098 to float
	%1100 = fcmp une float %1099, 0.0
	%1101 = and i1 %1094, %1100
	%1102 = select i1 %1101, float %491, float 0xFFF0000000000000
	%1103 = shl i32 %6, 1
	%1104 = add i32 25, %1103
	%1105 = add i32 %211, %1104
	%1106 = icmp slt i32 %1105, %N
	%1107 = select i1 %1106, i32 %1105, i32 0
	%1108 = sitofp i32 %530 to float
	%1109 = sitofp i32 %1107 to float
	%1110 = fcmp ole float %1109, %1108
	%1111 = uitofp i1 %1110 to float
	%1112 = fcmp une float %1111, 0.0
	%1113 = and i1 %1106, %1112
	%1114 = select i1 %1113, float %492, float 0xFFF0000000000000
	%1115 = shl i32 %6, 1
	%1116 = add i32 24, %1115
	%1117 = add i32 %211, %1116
	%1118 = icmp slt i32 %1117, %N
	%1119 = select i1 %1118, i32 %1117, i32 0
	%1120 = sitofp i32 %534 to float
	%1121 = sitofp i32 %1119 to float
	%1122 = fcmp ole float %1121, %1120
	%1123 = uitofp i1 %1122 to float
	%1124 = fcmp une float %1123, 0.0
	%1125 = and i1 %1118, %1124
	%1126 = select i1 %1125, float %493, float 0xFFF0000000000000
	%1127 = shl i32 %6, 1
	%1128 = add i32 25, %1127
	%1129 = add i32 %211, %1128
	%1130 = icmp slt i32 %1129, %N
	%1131 = select i1 %1130, i32 %1129, i32 0
	%1132 = sitofp i32 %534 to float
	%1133 = sitofp i32 %1131 to float
	%1134 = fcmp ole float %1133, %1132
	%1135 = uitofp i1 %1134 to float
	%1136 = fcmp une float %1135, 0.0
	%1137 = and i1 %1130, %1136
	%1138 = select i1 %1137, float %494, float 0xFFF0000000000000
	%1139 = shl i32 %6, 1
	%1140 = add i32 32, %1139
	%1141 = add i32 %211, %1140
	%1142 = icmp slt i32 %1141, %N
	%1143 = select i1 %1142, i32 %1141, i32 0
	%1144 = sitofp i32 %530 to float
	%1145 = sitofp i32 %1143 to float
	%1146 = fcmp ole float %1145, %1144
	%1147 = uitofp i1 %1146 to float
	%1148 = fcmp une float %1147, 0.0
	%1149 = and i1 %1142, %1148
	%1150 = select i1 %1149, float %502, float 0xFFF0000000000000
	%1151 = shl i32 %6, 1
	%1152 = add i32 33, %1151
	%1153 = add i32 %211, %1152
	%1154 = icmp slt i32 %1153, %N
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = sitofp i32 %530 to float
	%1157 = sitofp i32 %1155 to float
	%1158 = fcmp ole float %1157, %1156
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = and i1 %1154, %1160
	%1162 = select i1 %1161, float %503, float 0xFFF0000000000000
	%1163 = shl i32 %6, 1
	%1164 = add i32 32, %1163
	%1165 = add i32 %211, %1164
	%1166 = icmp slt i32 %1165, %N
	%1167 = select i1 %1166, i32 %1165, i32 0
	%1168 = sitofp i32 %534 to float
	%1169 = sitofp i32 %1167 to float
	%1170 = fcmp ole float %1169, %1168
	%1171 = uitofp i1 %1170 to float
	%1172 = fcmp une float %1171, 0.0
	%1173 = and i1 %1166, %1172
	%1174 = select i1 %1173, float %504, float 0xFFF0000000000000
	%1175 = shl i32 %6, 1
	%1176 = add i32 33, %1175
	%1177 = add i32 %211, %1176
	%1178 = icmp slt i32 %1177, %N
	%1179 = select i1 %1178, i32 %1177, i32 0
	%1180 = sitofp i32 %534 to float
	%1181 = sitofp i32 %1179 to float
	%1182 = fcmp ole float %1181, %1180
	%1183 = uitofp i1 %1182 to float
	%1184 = fcmp une float %1183, 0.0
	%1185 = and i1 %1178, %1184
	%1186 = select i1 %1185, float %505, float 0xFFF0000000000000
	%1187 = shl i32 %6, 1
	%1188 = add i32 40, %1187
	%1189 = add i32 %211, %1188
	%1190 = icmp slt i32 %1189, %N
	%1191 = select i1 %1190, i32 %1189, i32 0
	%1192 = sitofp i32 %530 to float
	%1193 = sitofp i32 %1191 to float
	%1194 = fcmp ole float %1193, %1192
	%1195 = uitofp i1 %1194 to float
	%1196 = fcmp une float %1195, 0.0
	%1197 = and i1 %1190, %1196
	%1198 = select i1 %1197, float %507, float 0xFFF0000000000000
	%1199 = shl i32 %6, 1
	%1200 = add i32 41, %1199
	%1201 = add i32 %211, %1200
	%1202 = icmp slt i32 %1201, %N
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = sitofp i32 %530 to float
	%1205 = sitofp i32 %1203 to float
	%1206 = fcmp ole float %1205, %1204
	%1207 = uitofp i1 %1206 to float
	%1208 = fcmp une float %1207, 0.0
	%1209 = and i1 %1202, %1208
	%1210 = select i1 %1209, float %508, float 0xFFF0000000000000
	%1211 = shl i32 %6, 1
	%1212 = add i32 40, %1211
	%1213 = add i32 %211, %1212
	%1214 = icmp slt i32 %1213, %N
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = sitofp i32 %534 to float
	%1217 = sitofp i32 %1215 to float
	%1218 = fcmp ole float %1217, %1216
	%1219 = uitofp i1 %1218 to float
	%1220 = fcmp une float %1219, 0.0
	%1221 = and i1 %1214, %1220
	%1222 = select i1 %1221, float %509, float 0xFFF0000000000000
	%1223 = shl i32 %6, 1
	%1224 = add i32 41, %1223
	%1225 = add i32 %211, %1224
	%1226 = icmp slt i32 %1225, %N
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = sitofp i32 %534 to float
	%1229 = sitofp i32 %1227 to float
	%1230 = fcmp ole float %1229, %1228
	%1231 = uitofp i1 %1230 to float
	%1232 = fcmp une float %1231, 0.0
	%1233 = and i1 %1226, %1232
	%1234 = select i1 %1233, float %510, float 0xFFF0000000000000
	%1235 = shl i32 %6, 1
	%1236 = add i32 48, %1235
	%1237 = add i32 %211, %1236
	%1238 = icmp slt i32 %1237, %N
	%1239 = select i1 %1238, i32 %1237, i32 0
	%1240 = sitofp i32 %530 to float
	%1241 = sitofp i32 %1239 to float
	%1242 = fcmp ole float %1241, %1240
	%1243 = uitofp i1 %1242 to float
	%1244 = fcmp une float %1243, 0.0
	%1245 = and i1 %1238, %1244
	%1246 = select i1 %1245, float %518, float 0xFFF0000000000000
	%1247 = shl i32 %6, 1
	%1248 = add i32 49, %1247
	%1249 = add i32 %211, %1248
	%1250 = icmp slt i32 %1249, %N
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = sitofp i32 %530 to float
	%1253 = sitofp i32 %1251 to float
	%1254 = fcmp ole float %1253, %1252
	%1255 = uitofp i1 %1254 to float
	%1256 = fcmp une float %1255, 0.0
	%1257 = and i1 %1250, %1256
	%1258 = select i1 %1257, float %519, float 0xFFF0000000000000
	%1259 = shl i32 %6, 1
	%1260 = add i32 48, %1259
	%1261 = add i32 %211, %1260
	%1262 = icmp slt i32 %1261, %N
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = sitofp i32 %534 to float
	%1265 = sitofp i32 %1263 to float
	%1266 = fcmp ole float %1265, %1264
	%1267 = uitofp i1 %1266 to float
	%1268 = fcmp une float %1267, 0.0
	%1269 = and i1 %1262, %1268
	%1270 = select i1 %1269, float %520, float 0xFFF0000000000000
	%1271 = shl i32 %6, 1
	%1272 = add i32 49, %1271
	%1273 = add i32 %211, %1272
	%1274 = icmp slt i32 %1273, %N
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = sitofp i32 %534 to float
	%1277 = sitofp i32 %1275 to float
	%1278 = fcmp ole float %1277, %1276
	%1279 = uitofp i1 %1278 to float
	%1280 = fcmp une float %1279, 0.0
	%1281 = and i1 %1274, %1280
	%1282 = select i1 %1281, float %521, float 0xFFF0000000000000
	%1283 = shl i32 %6, 1
	%1284 = add i32 56, %1283
	%1285 = add i32 %211, %1284
	%1286 = icmp slt i32 %1285, %N
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = sitofp i32 %530 to float
	%1289 = sitofp i32 %1287 to float
	%1290 = fcmp ole float %1289, %1288
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = and i1 %1286, %1292
	%1294 = select i1 %1293, float %523, float 0xFFF0000000000000
	%1295 = shl i32 %6, 1
	%1296 = add i32 57, %1295
	%1297 = add i32 %211, %1296
	%1298 = icmp slt i32 %1297, %N
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = sitofp i32 %530 to float
	%1301 = sitofp i32 %1299 to float
	%1302 = fcmp ole float %1301, %1300
	%1303 = uitofp i1 %1302 to float
	%1304 = fcmp une float %1303, 0.0
	%1305 = and i1 %1298, %1304
	%1306 = select i1 %1305, float %524, float 0xFFF0000000000000
	%1307 = shl i32 %6, 1
	%1308 = add i32 56, %1307
	%1309 = add i32 %211, %1308
	%1310 = icmp slt i32 %1309, %N
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = sitofp i32 %534 to float
	%1313 = sitofp i32 %1311 to float
	%1314 = fcmp ole float %1313, %1312
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = and i1 %1310, %1316
	%1318 = select i1 %1317, float %525, float 0xFFF0000000000000
	%1319 = shl i32 %6, 1
	%1320 = add i32 57, %1319
	%1321 = add i32 %211, %1320
	%1322 = icmp slt i32 %1321, %N
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = sitofp i32 %534 to float
	%1325 = sitofp i32 %1323 to float
	%1326 = fcmp ole float %1325, %1324
	%1327 = uitofp i1 %1326 to float
	%1328 = fcmp une float %1327, 0.0
	%1329 = and i1 %1322, %1328
	%1330 = select i1 %1329, float %526, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1331 = phi float [ %470, %classify ], [ %958, %partial ], [ %624, %meankeys ]
	%1332 = phi float [ %471, %classify ], [ %970, %partial ], [ %643, %meankeys ]
	%1333 = phi float [ %472, %classify ], [ %982, %partial ], [ %645, %meankeys ]
	%1334 = phi float [ %473, %classify ], [ %994, %partial ], [ %647, %meankeys ]
	%1335 = phi float [ %475, %classify ], [ %1006, %partial ], [ %666, %meankeys ]
	%1336 = phi float [ %476, %classify ], [ %1018, %partial ], [ %685, %meankeys ]
	%1337 = phi float [ %477, %classify ], [ %1030, %partial ], [ %687, %meankeys ]
	%1338 = phi float [ %478, %classify ], [ %1042, %partial ], [ %689, %meankeys ]
	%1339 = phi float [ %486, %classify ], [ %1054, %partial ], [ %708, %meankeys ]
	%1340 = phi float [ %487, %classify ], [ %1066, %partial ], [ %727, %meankeys ]
	%1341 = phi float [ %488, %classify ], [ %1078, %partial ], [ %729, %meankeys ]
	%1342 = phi float [ %489, %classify ], [ %1090, %partial ], [ %731, %meankeys ]
	%1343 = phi float [ %491, %classify ], [ %1102, %partial ], [ %750, %meankeys ]
	%1344 = phi float [ %492, %classify ], [ %1114, %partial ], [ %769, %meankeys ]
	%1345 = phi float [ %493, %classify ], [ %1126, %partial ], [ %771, %meankeys ]
	%1346 = phi float [ %494, %classify ], [ %1138, %partial ], [ %773, %meankeys ]
	%1347 = phi float [ %502, %classify ], [ %1150, %partial ], [ %792, %meankeys ]
	%1348 = phi float [ %503, %classify ], [ %1162, %partial ], [ %811, %meankeys ]
	%1349 = phi float [ %504, %classify ], [ %1174, %partial ], [ %813, %meankeys ]
	%1350 = phi float [ %505, %classify ], [ %1186, %partial ], [ %815, %meankeys ]
	%1351 = phi float [ %507, %classify ], [ %1198, %partial ], [ %834, %meankeys ]
	%1352 = phi float [ %508, %classify ], [ %1210, %partial ], [ %853, %meankeys ]
	%1353 = phi float [ %509, %classify ], [ %1222, %partial ], [ %855, %meankeys ]
	%1354 = phi float [ %510, %classify ], [ %1234, %partial ], [ %857, %meankeys ]
	%1355 = phi float [ %518, %classify ], [ %1246, %partial ], [ %876, %meankeys ]
	%1356 = phi float [ %519, %classify ], [ %1258, %partial ], [ %895, %meankeys ]
	%1357 = phi float [ %520, %classify ], [ %1270, %partial ], [ %897, %meankeys ]
	%1358 = phi float [ %521, %classify ], [ %1282, %partial ], [ %899, %meankeys ]
	%1359 = phi float [ %523, %classify ], [ %1294, %partial ], [ %918, %meankeys ]
	%1360 = phi float [ %524, %classify ], [ %1306, %partial ], [ %937, %meankeys ]
	%1361 = phi float [ %525, %classify ], [ %1318, %partial ], [ %939, %meankeys ]
	%1362 = phi float [ %526, %classify ], [ %1330, %partial ], [ %941, %meankeys ]
	%1363 = call float @llvm.nvvm.fmax.f(float %1331, float %1332)
	%1364 = call float @llvm.nvvm.fmax.f(float %1335, float %1336)
	%1365 = call float @llvm.nvvm.fmax.f(float %1339, float %1340)
	%1366 = call float @llvm.nvvm.fmax.f(float %1343, float %1344)
	%1367 = call float @llvm.nvvm.fmax.f(float %1347, float %1348)
	%1368 = call float @llvm.nvvm.fmax.f(float %1351, float %1352)
	%1369 = call float @llvm.nvvm.fmax.f(float %1355, float %1356)
	%1370 = call float @llvm.nvvm.fmax.f(float %1359, float %1360)
	%1371 = call float @llvm.nvvm.fmax.f(float %1363, float %1364)
	%1372 = call float @llvm.nvvm.fmax.f(float %1365, float %1366)
	%1373 = call float @llvm.nvvm.fmax.f(float %1367, float %1368)
	%1374 = call float @llvm.nvvm.fmax.f(float %1369, float %1370)
	%1375 = call float @llvm.nvvm.fmax.f(float %1371, float %1372)
	%1376 = call float @llvm.nvvm.fmax.f(float %1373, float %1374)
	%1377 = call float @llvm.nvvm.fmax.f(float %1375, float %1376)
	%1378 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1377, i32 1, i32 31)
	%1379 = call float @llvm.nvvm.fmax.f(float %1377, float %1378)
	%1380 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1379, i32 2, i32 31)
	%1381 = call float @llvm.nvvm.fmax.f(float %1379, float %1380)
	%1382 = fmul float %1381, 0x3FC7154760000000
	%1383 = call float @llvm.nvvm.fmax.f(float %207, float %1382)
	%1384 = fadd float %207, 8.0
	%1385 = fcmp ogt float %1383, %1384
	%1386 = or i1 false, %1385
	%1387 = call float @llvm.nvvm.fmax.f(float %1333, float %1334)
	%1388 = call float @llvm.nvvm.fmax.f(float %1337, float %1338)
	%1389 = call float @llvm.nvvm.fmax.f(float %1341, float %1342)
	%1390 = call float @llvm.nvvm.fmax.f(float %1345, float %1346)
	%1391 = call float @llvm.nvvm.fmax.f(float %1349, float %1350)
	%1392 = call float @llvm.nvvm.fmax.f(float %1353, float %1354)
	%1393 = call float @llvm.nvvm.fmax.f(float %1357, float %1358)
	%1394 = call float @llvm.nvvm.fmax.f(float %1361, float %1362)
	%1395 = call float @llvm.nvvm.fmax.f(float %1387, float %1388)
	%1396 = call float @llvm.nvvm.fmax.f(float %1389, float %1390)
	%1397 = call float @llvm.nvvm.fmax.f(float %1391, float %1392)
	%1398 = call float @llvm.nvvm.fmax.f(float %1393, float %1394)
	%1399 = call float @llvm.nvvm.fmax.f(float %1395, float %1396)
	%1400 = call float @llvm.nvvm.fmax.f(float %1397, float %1398)
	%1401 = call float @llvm.nvvm.fmax.f(float %1399, float %1400)
	%1402 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1401, i32 1, i32 31)
	%1403 = call float @llvm.nvvm.fmax.f(float %1401, float %1402)
	%1404 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1403, i32 2, i32 31)
	%1405 = call float @llvm.nvvm.fmax.f(float %1403, float %1404)
	%1406 = fmul float %1405, 0x3FC7154760000000
	%1407 = call float @llvm.nvvm.fmax.f(float %209, float %1406)
	%1408 = fadd float %209, 8.0
	%1409 = fcmp ogt float %1407, %1408
	%1410 = or i1 %1386, %1409
	%1411 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1410)
	br i1 %1411, label %1412, label %1455

1412:
	%1413 = fcmp oeq float %1383, 0xFFF0000000000000
	%1414 = select i1 %1413, float 0.0, float %1383
	%1415 = fsub float %207, %1414
	%1416 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1415)
	%1417 = fcmp oeq float %1407, 0xFFF0000000000000
	%1418 = select i1 %1417, float 0.0, float %1407
	%1419 = fsub float %209, %1418
	%1420 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1419)
	%1421 = fmul float %175, %1416
	%1422 = fmul float %176, %1416
	%1423 = fmul float %177, %1420
	%1424 = fmul float %178, %1420
	%1425 = fmul float %179, %1416
	%1426 = fmul float %180, %1416
	%1427 = fmul float %181, %1420
	%1428 = fmul float %182, %1420
	%1429 = fmul float %183, %1416
	%1430 = fmul float %184, %1416
	%1431 = fmul float %185, %1420
	%1432 = fmul float %186, %1420
	%1433 = fmul float %187, %1416
	%1434 = fmul float %188, %1416
	%1435 = fmul float %189, %1420
	%1436 = fmul float %190, %1420
	%1437 = fmul float %191, %1416
	%1438 = fmul float %192, %1416
	%1439 = fmul float %193, %1420
	%1440 = fmul float %194, %1420
	%1441 = fmul float %195, %1416
	%1442 = fmul float %196, %1416
	%1443 = fmul float %197, %1420
	%1444 = fmul float %198, %1420
	%1445 = fmul float %199, %1416
	%1446 = fmul float %200, %1416
	%1447 = fmul float %201, %1420
	%1448 = fmul float %202, %1420
	%1449 = fmul float %203, %1416
	%1450 = fmul float %204, %1416
	%1451 = fmul float %205, %1420
	%1452 = fmul float %206, %1420
	%1453 = fmul float %208, %1416
	%1454 = fmul float %210, %1420
	br label %1455

1455:
	%1456 = phi float [ %175, %softmax ], [ %1421, %1412 ]
	%1457 = phi float [ %176, %softmax ], [ %1422, %1412 ]
	%1458 = phi float [ %177, %softmax ], [ %1423, %1412 ]
	%1459 = phi float [ %178, %softmax ], [ %1424, %1412 ]
	%1460 = phi float [ %179, %softmax ], [ %1425, %1412 ]
	%1461 = phi float [ %180, %softmax ], [ %1426, %1412 ]
	%1462 = phi float [ %181, %softmax ], [ %1427, %1412 ]
	%1463 = phi float [ %182, %softmax ], [ %1428, %1412 ]
	%1464 = phi float [ %183, %softmax ], [ %1429, %1412 ]
	%1465 = phi float [ %184, %softmax ], [ %1430, %1412 ]
	%1466 = phi float [ %185, %softmax ], [ %1431, %1412 ]
	%1467 = phi float [ %186, %softmax ], [ %1432, %1412 ]
	%1468 = phi float [ %187, %softmax ], [ %1433, %1412 ]
	%1469 = phi float [ %188, %softmax ], [ %1434, %1412 ]
	%1470 = phi float [ %189, %softmax ], [ %1435, %1412 ]
	%1471 = phi float [ %190, %softmax ], [ %1436, %1412 ]
	%1472 = phi float [ %191, %softmax ], [ %1437, %1412 ]
	%1473 = phi float [ %192, %softmax ], [ %1438, %1412 ]
	%1474 = phi float [ %193, %softmax ], [ %1439, %1412 ]
	%1475 = phi float [ %194, %softmax ], [ %1440, %1412 ]
	%1476 = phi float [ %195, %softmax ], [ %1441, %1412 ]
	%1477 = phi float [ %196, %softmax ], [ %1442, %1412 ]
	%1478 = phi float [ %197, %softmax ], [ %1443, %1412 ]
	%1479 = phi float [ %198, %softmax ], [ %1444, %1412 ]
	%1480 = phi float [ %199, %softmax ], [ %1445, %1412 ]
	%1481 = phi float [ %200, %softmax ], [ %1446, %1412 ]
	%1482 = phi float [ %201, %softmax ], [ %1447, %1412 ]
	%1483 = phi float [ %202, %softmax ], [ %1448, %1412 ]
	%1484 = phi float [ %203, %softmax ], [ %1449, %1412 ]
	%1485 = phi float [ %204, %softmax ], [ %1450, %1412 ]
	%1486 = phi float [ %205, %softmax ], [ %1451, %1412 ]
	%1487 = phi float [ %206, %softmax ], [ %1452, %1412 ]
	%1488 = phi float [ %208, %softmax ], [ %1453, %1412 ]
	%1489 = phi float [ %210, %softmax ], [ %1454, %1412 ]
	%1490 = select i1 %1411, float %1383, float %207
	%1491 = fcmp oeq float %1490, 0xFFF0000000000000
	%1492 = select i1 %1491, float 0.0, float %1490
	%1493 = fneg float %1492
	%1494 = call float @llvm.fma.f32(float %1331, float 0x3FC7154760000000, float %1493)
	%1495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1494)
	%1496 = call float @llvm.fma.f32(float %1332, float 0x3FC7154760000000, float %1493)
	%1497 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1496)
	%1498 = call float @llvm.fma.f32(float %1335, float 0x3FC7154760000000, float %1493)
	%1499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1498)
	%1500 = call float @llvm.fma.f32(float %1336, float 0x3FC7154760000000, float %1493)
	%1501 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1500)
	%1502 = call float @llvm.fma.f32(float %1339, float 0x3FC7154760000000, float %1493)
	%1503 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1502)
	%1504 = call float @llvm.fma.f32(float %1340, float 0x3FC7154760000000, float %1493)
	%1505 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1504)
	%1506 = call float @llvm.fma.f32(float %1343, float 0x3FC7154760000000, float %1493)
	%1507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1506)
	%1508 = call float @llvm.fma.f32(float %1344, float 0x3FC7154760000000, float %1493)
	%1509 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1508)
	%1510 = call float @llvm.fma.f32(float %1347, float 0x3FC7154760000000, float %1493)
	%1511 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1510)
	%1512 = call float @llvm.fma.f32(float %1348, float 0x3FC7154760000000, float %1493)
	%1513 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1512)
	%1514 = call float @llvm.fma.f32(float %1351, float 0x3FC7154760000000, float %1493)
	%1515 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1514)
	%1516 = call float @llvm.fma.f32(float %1352, float 0x3FC7154760000000, float %1493)
	%1517 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1516)
	%1518 = call float @llvm.fma.f32(float %1355, float 0x3FC7154760000000, float %1493)
	%1519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1518)
	%1520 = call float @llvm.fma.f32(float %1356, float 0x3FC7154760000000, float %1493)
	%1521 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1520)
	%1522 = call float @llvm.fma.f32(float %1359, float 0x3FC7154760000000, float %1493)
	%1523 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1522)
	%1524 = call float @llvm.fma.f32(float %1360, float 0x3FC7154760000000, float %1493)
	%1525 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1524)
	%1526 = fadd float %1495, %1497
	%1527 = fadd float %1499, %1501
	%1528 = fadd float %1503, %1505
	%1529 = fadd float %1507, %1509
	%1530 = fadd float %1511, %1513
	%1531 = fadd float %1515, %1517
	%1532 = fadd float %1519, %1521
	%1533 = fadd float %1523, %1525
	%1534 = fadd float %1526, %1527
	%1535 = fadd float %1528, %1529
	%1536 = fadd float %1530, %1531
	%1537 = fadd float %1532, %1533
	%1538 = fadd float %1534, %1535
	%1539 = fadd float %1536, %1537
	%1540 = fadd float %1538, %1539
	%1541 = fadd float %1488, %1540
	%1542 = select i1 %1411, float %1407, float %209
	%1543 = fcmp oeq float %1542, 0xFFF0000000000000
	%1544 = select i1 %1543, float 0.0, float %1542
	%1545 = fneg float %1544
	%1546 = call float @llvm.fma.f32(float %1333, float 0x3FC7154760000000, float %1545)
	%1547 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1546)
	%1548 = call float @llvm.fma.f32(float %1334, float 0x3FC7154760000000, float %1545)
	%1549 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1548)
	%1550 = call float @llvm.fma.f32(float %1337, float 0x3FC7154760000000, float %1545)
	%1551 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1550)
	%1552 = call float @llvm.fma.f32(float %1338, float 0x3FC7154760000000, float %1545)
	%1553 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1552)
	%1554 = call float @llvm.fma.f32(float %1341, float 0x3FC7154760000000, float %1545)
	%1555 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1554)
	%1556 = call float @llvm.fma.f32(float %1342, float 0x3FC7154760000000, float %1545)
	%1557 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1556)
	%1558 = call float @llvm.fma.f32(float %1345, float 0x3FC7154760000000, float %1545)
	%1559 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1558)
	%1560 = call float @llvm.fma.f32(float %1346, float 0x3FC7154760000000, float %1545)
	%1561 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1560)
	%1562 = call float @llvm.fma.f32(float %1349, float 0x3FC7154760000000, float %1545)
	%1563 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1562)
	%1564 = call float @llvm.fma.f32(float %1350, float 0x3FC7154760000000, float %1545)
	%1565 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1564)
	%1566 = call float @llvm.fma.f32(float %1353, float 0x3FC7154760000000, float %1545)
	%1567 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1566)
	%1568 = call float @llvm.fma.f32(float %1354, float 0x3FC7154760000000, float %1545)
	%1569 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1568)
	%1570 = call float @llvm.fma.f32(float %1357, float 0x3FC7154760000000, float %1545)
	%1571 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1570)
	%1572 = call float @llvm.fma.f32(float %1358, float 0x3FC7154760000000, float %1545)
	%1573 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1572)
	%1574 = call float @llvm.fma.f32(float %1361, float 0x3FC7154760000000, float %1545)
	%1575 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1574)
	%1576 = call float @llvm.fma.f32(float %1362, float 0x3FC7154760000000, float %1545)
	%1577 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1576)
	%1578 = fadd float %1547, %1549
	%1579 = fadd float %1551, %1553
	%1580 = fadd float %1555, %1557
	%1581 = fadd float %1559, %1561
	%1582 = fadd float %1563, %1565
	%1583 = fadd float %1567, %1569
	%1584 = fadd float %1571, %1573
	%1585 = fadd float %1575, %1577
	%1586 = fadd float %1578, %1579
	%1587 = fadd float %1580, %1581
	%1588 = fadd float %1582, %1583
	%1589 = fadd float %1584, %1585
	%1590 = fadd float %1586, %1587
	%1591 = fadd float %1588, %1589
	%1592 = fadd float %1590, %1591
	%1593 = fadd float %1489, %1592
	%1594 = add i32 %173, 1
	%1595 = icmp slt i32 %1594, %NK
	%1596 = select i1 %1595, i32 %1594, i32 0
	%1597 = add i32 %29, %1596
	%1598 = sext i32 %1597 to i64
	%1599 = getelementptr i32, i32* %list, i64 %1598
	%1600 = load i32, i32* %1599
	%1601 = select i1 %1595, i32 %1600, i32 -1
	%1602 = icmp sge i32 %1601, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1602, label %prefetch, label %pv

prefetch:
	%1603 = icmp sge i32 %1601, %NK
	%1604 = select i1 %1603, i16* %37, i16* %20
	%1605 = sub i32 %1601, %NK
	%1606 = select i1 %1603, i32 %1605, i32 %1601
	%1607 = mul i32 %1606, 64
	%1608 = select i1 %1603, i32 %NK, i32 %N
	%1609 = lshr i32 %2, 3
	%1610 = and i32 %2, 7
	%1611 = and i32 %1609, 7
	%1612 = xor i32 %1610, %1611
	%1613 = mul i32 %1609, 8
	%1614 = add i32 %1613, %1612
	%1615 = shl i32 %1614, 4
	%1616 = add i32 %0, %1615
	%1617 = add i32 %1607, %1609
	%1618 = mul i32 %1617, 64
	%1619 = mul i32 %1610, 8
	%1620 = add i32 %1618, %1619
	%1621 = sext i32 %1620 to i64
	%1622 = getelementptr i16, i16* %1604, i64 %1621
	%1623 = add i32 %1617, 0
	%1624 = icmp slt i32 %1623, %1608
	%1625 = getelementptr i16, i16* %1622, i64 0
	%1626 = select i1 %1624, i16* %1625, i16* %1604
	%1627 = add i32 %1616, 0
	%1628 = select i1 %1624, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1627, i16* %1626, i32 %1628)
	%1629 = add i32 %1617, 16
	%1630 = icmp slt i32 %1629, %1608
	%1631 = getelementptr i16, i16* %1622, i64 1024
	%1632 = select i1 %1630, i16* %1631, i16* %1604
	%1633 = add i32 %1616, 2048
	%1634 = select i1 %1630, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1633, i16* %1632, i32 %1634)
	%1635 = add i32 %1617, 32
	%1636 = icmp slt i32 %1635, %1608
	%1637 = getelementptr i16, i16* %1622, i64 2048
	%1638 = select i1 %1636, i16* %1637, i16* %1604
	%1639 = add i32 %1616, u0x1000
	%1640 = select i1 %1636, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1639, i16* %1638, i32 %1640)
	%1641 = add i32 %1617, 48
	%1642 = icmp slt i32 %1641, %1608
	%1643 = getelementptr i16, i16* %1622, i64 3072
	%1644 = select i1 %1642, i16* %1643, i16* %1604
	%1645 = add i32 %1616, 6144
	%1646 = select i1 %1642, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1645, i16* %1644, i32 %1646)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1647 = and i32 %4, 7
	%1648 = lshr i32 %4, 3
	%1649 = and i32 %1648, 1
	%1650 = shl i32 %1649, 3
	%1651 = add i32 %1647, %1650
	%1652 = mul i32 %1651, 128
	%1653 = add i32 %1, %1652
	%1654 = and i32 %4, 7
	%1655 = xor i32 %95, %1654
	%1656 = shl i32 %1655, 4
	%1657 = add i32 %1653, %1656
	%1658 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1497, float %1495)
	%1659 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1549, float %1547)
	%1660 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1501, float %1499)
	%1661 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1553, float %1551)
	%1662 = xor i32 %1657, 0
	%1663 = add i32 %1662, 0
	%1664 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1663)
	%1665 = extractvalue { i32, i32, i32, i32 } %1664, 0
	%1666 = extractvalue { i32, i32, i32, i32 } %1664, 1
	%1667 = extractvalue { i32, i32, i32, i32 } %1664, 2
	%1668 = extractvalue { i32, i32, i32, i32 } %1664, 3
	%1669 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1658, i32 %1659, i32 %1660, i32 %1661, i32 %1665, i32 %1666, float %1456, float %1457, float %1458, float %1459)
	%1670 = extractvalue { float, float, float, float } %1669, 0
	%1671 = extractvalue { float, float, float, float } %1669, 1
	%1672 = extractvalue { float, float, float, float } %1669, 2
	%1673 = extractvalue { float, float, float, float } %1669, 3
	%1674 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1658, i32 %1659, i32 %1660, i32 %1661, i32 %1667, i32 %1668, float %1460, float %1461, float %1462, float %1463)
	%1675 = extractvalue { float, float, float, float } %1674, 0
	%1676 = extractvalue { float, float, float, float } %1674, 1
	%1677 = extractvalue { float, float, float, float } %1674, 2
	%1678 = extractvalue { float, float, float, float } %1674, 3
	%1679 = xor i32 %1657, 32
	%1680 = add i32 %1679, 0
	%1681 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1680)
	%1682 = extractvalue { i32, i32, i32, i32 } %1681, 0
	%1683 = extractvalue { i32, i32, i32, i32 } %1681, 1
	%1684 = extractvalue { i32, i32, i32, i32 } %1681, 2
	%1685 = extractvalue { i32, i32, i32, i32 } %1681, 3
	%1686 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1658, i32 %1659, i32 %1660, i32 %1661, i32 %1682, i32 %1683, float %1464, float %1465, float %1466, float %1467)
	%1687 = extractvalue { float, float, float, float } %1686, 0
	%1688 = extractvalue { float, float, float, float } %1686, 1
	%1689 = extractvalue { float, float, float, float } %1686, 2
	%1690 = extractvalue { float, float, float, float } %1686, 3
	%1691 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1658, i32 %1659, i32 %1660, i32 %1661, i32 %1684, i32 %1685, float %1468, float %1469, float %1470, float %1471)
	%1692 = extractvalue { float, float, float, float } %1691, 0
	%1693 = extractvalue { float, float, float, float } %1691, 1
	%1694 = extractvalue { float, float, float, float } %1691, 2
	%1695 = extractvalue { float, float, float, float } %1691, 3
	%1696 = xor i32 %1657, 64
	%1697 = add i32 %1696, 0
	%1698 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1697)
	%1699 = extractvalue { i32, i32, i32, i32 } %1698, 0
	%1700 = extractvalue { i32, i32, i32, i32 } %1698, 1
	%1701 = extractvalue { i32, i32, i32, i32 } %1698, 2
	%1702 = extractvalue { i32, i32, i32, i32 } %1698, 3
	%1703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1658, i32 %1659, i32 %1660, i32 %1661, i32 %1699, i32 %1700, float %1472, float %1473, float %1474, float %1475)
	%1704 = extractvalue { float, float, float, float } %1703, 0
	%1705 = extractvalue { float, float, float, float } %1703, 1
	%1706 = extractvalue { float, float, float, float } %1703, 2
	%1707 = extractvalue { float, float, float, float } %1703, 3
	%1708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1658, i32 %1659, i32 %1660, i32 %1661, i32 %1701, i32 %1702, float %1476, float %1477, float %1478, float %1479)
	%1709 = extractvalue { float, float, float, float } %1708, 0
	%1710 = extractvalue { float, float, float, float } %1708, 1
	%1711 = extractvalue { float, float, float, float } %1708, 2
	%1712 = extractvalue { float, float, float, float } %1708, 3
	%1713 = xor i32 %1657, 96
	%1714 = add i32 %1713, 0
	%1715 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1714)
	%1716 = extractvalue { i32, i32, i32, i32 } %1715, 0
	%1717 = extractvalue { i32, i32, i32, i32 } %1715, 1
	%1718 = extractvalue { i32, i32, i32, i32 } %1715, 2
	%1719 = extractvalue { i32, i32, i32, i32 } %1715, 3
	%1720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1658, i32 %1659, i32 %1660, i32 %1661, i32 %1716, i32 %1717, float %1480, float %1481, float %1482, float %1483)
	%1721 = extractvalue { float, float, float, float } %1720, 0
	%1722 = extractvalue { float, float, float, float } %1720, 1
	%1723 = extractvalue { float, float, float, float } %1720, 2
	%1724 = extractvalue { float, float, float, float } %1720, 3
	%1725 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1658, i32 %1659, i32 %1660, i32 %1661, i32 %1718, i32 %1719, float %1484, float %1485, float %1486, float %1487)
	%1726 = extractvalue { float, float, float, float } %1725, 0
	%1727 = extractvalue { float, float, float, float } %1725, 1
	%1728 = extractvalue { float, float, float, float } %1725, 2
	%1729 = extractvalue { float, float, float, float } %1725, 3
	%1730 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1505, float %1503)
	%1731 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1557, float %1555)
	%1732 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1509, float %1507)
	%1733 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1561, float %1559)
	%1734 = xor i32 %1657, 0
	%1735 = add i32 %1734, 2048
	%1736 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1735)
	%1737 = extractvalue { i32, i32, i32, i32 } %1736, 0
	%1738 = extractvalue { i32, i32, i32, i32 } %1736, 1
	%1739 = extractvalue { i32, i32, i32, i32 } %1736, 2
	%1740 = extractvalue { i32, i32, i32, i32 } %1736, 3
	%1741 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1730, i32 %1731, i32 %1732, i32 %1733, i32 %1737, i32 %1738, float %1670, float %1671, float %1672, float %1673)
	%1742 = extractvalue { float, float, float, float } %1741, 0
	%1743 = extractvalue { float, float, float, float } %1741, 1
	%1744 = extractvalue { float, float, float, float } %1741, 2
	%1745 = extractvalue { float, float, float, float } %1741, 3
	%1746 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1730, i32 %1731, i32 %1732, i32 %1733, i32 %1739, i32 %1740, float %1675, float %1676, float %1677, float %1678)
	%1747 = extractvalue { float, float, float, float } %1746, 0
	%1748 = extractvalue { float, float, float, float } %1746, 1
	%1749 = extractvalue { float, float, float, float } %1746, 2
	%1750 = extractvalue { float, float, float, float } %1746, 3
	%1751 = xor i32 %1657, 32
	%1752 = add i32 %1751, 2048
	%1753 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1752)
	%1754 = extractvalue { i32, i32, i32, i32 } %1753, 0
	%1755 = extractvalue { i32, i32, i32, i32 } %1753, 1
	%1756 = extractvalue { i32, i32, i32, i32 } %1753, 2
	%1757 = extractvalue { i32, i32, i32, i32 } %1753, 3
	%1758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1730, i32 %1731, i32 %1732, i32 %1733, i32 %1754, i32 %1755, float %1687, float %1688, float %1689, float %1690)
	%1759 = extractvalue { float, float, float, float } %1758, 0
	%1760 = extractvalue { float, float, float, float } %1758, 1
	%1761 = extractvalue { float, float, float, float } %1758, 2
	%1762 = extractvalue { float, float, float, float } %1758, 3
	%1763 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1730, i32 %1731, i32 %1732, i32 %1733, i32 %1756, i32 %1757, float %1692, float %1693, float %1694, float %1695)
	%1764 = extractvalue { float, float, float, float } %1763, 0
	%1765 = extractvalue { float, float, float, float } %1763, 1
	%1766 = extractvalue { float, float, float, float } %1763, 2
	%1767 = extractvalue { float, float, float, float } %1763, 3
	%1768 = xor i32 %1657, 64
	%1769 = add i32 %1768, 2048
	%1770 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1769)
	%1771 = extractvalue { i32, i32, i32, i32 } %1770, 0
	%1772 = extractvalue { i32, i32, i32, i32 } %1770, 1
	%1773 = extractvalue { i32, i32, i32, i32 } %1770, 2
	%1774 = extractvalue { i32, i32, i32, i32 } %1770, 3
	%1775 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1730, i32 %1731, i32 %1732, i32 %1733, i32 %1771, i32 %1772, float %1704, float %1705, float %1706, float %1707)
	%1776 = extractvalue { float, float, float, float } %1775, 0
	%1777 = extractvalue { float, float, float, float } %1775, 1
	%1778 = extractvalue { float, float, float, float } %1775, 2
	%1779 = extractvalue { float, float, float, float } %1775, 3
	%1780 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1730, i32 %1731, i32 %1732, i32 %1733, i32 %1773, i32 %1774, float %1709, float %1710, float %1711, float %1712)
	%1781 = extractvalue { float, float, float, float } %1780, 0
	%1782 = extractvalue { float, float, float, float } %1780, 1
	%1783 = extractvalue { float, float, float, float } %1780, 2
	%1784 = extractvalue { float, float, float, float } %1780, 3
	%1785 = xor i32 %1657, 96
	%1786 = add i32 %1785, 2048
	%1787 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1786)
	%1788 = extractvalue { i32, i32, i32, i32 } %1787, 0
	%1789 = extractvalue { i32, i32, i32, i32 } %1787, 1
	%1790 = extractvalue { i32, i32, i32, i32 } %1787, 2
	%1791 = extractvalue { i32, i32, i32, i32 } %1787, 3
	%1792 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1730, i32 %1731, i32 %1732, i32 %1733, i32 %1788, i32 %1789, float %1721, float %1722, float %1723, float %1724)
	%1793 = extractvalue { float, float, float, float } %1792, 0
	%1794 = extractvalue { float, float, float, float } %1792, 1
	%1795 = extractvalue { float, float, float, float } %1792, 2
	%1796 = extractvalue { float, float, float, float } %1792, 3
	%1797 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1730, i32 %1731, i32 %1732, i32 %1733, i32 %1790, i32 %1791, float %1726, float %1727, float %1728, float %1729)
	%1798 = extractvalue { float, float, float, float } %1797, 0
	%1799 = extractvalue { float, float, float, float } %1797, 1
	%1800 = extractvalue { float, float, float, float } %1797, 2
	%1801 = extractvalue { float, float, float, float } %1797, 3
	%1802 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1513, float %1511)
	%1803 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1565, float %1563)
	%1804 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1517, float %1515)
	%1805 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1569, float %1567)
	%1806 = xor i32 %1657, 0
	%1807 = add i32 %1806, u0x1000
	%1808 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1807)
	%1809 = extractvalue { i32, i32, i32, i32 } %1808, 0
	%1810 = extractvalue { i32, i32, i32, i32 } %1808, 1
	%1811 = extractvalue { i32, i32, i32, i32 } %1808, 2
	%1812 = extractvalue { i32, i32, i32, i32 } %1808, 3
	%1813 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1802, i32 %1803, i32 %1804, i32 %1805, i32 %1809, i32 %1810, float %1742, float %1743, float %1744, float %1745)
	%1814 = extractvalue { float, float, float, float } %1813, 0
	%1815 = extractvalue { float, float, float, float } %1813, 1
	%1816 = extractvalue { float, float, float, float } %1813, 2
	%1817 = extractvalue { float, float, float, float } %1813, 3
	%1818 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1802, i32 %1803, i32 %1804, i32 %1805, i32 %1811, i32 %1812, float %1747, float %1748, float %1749, float %1750)
	%1819 = extractvalue { float, float, float, float } %1818, 0
	%1820 = extractvalue { float, float, float, float } %1818, 1
	%1821 = extractvalue { float, float, float, float } %1818, 2
	%1822 = extractvalue { float, float, float, float } %1818, 3
	%1823 = xor i32 %1657, 32
	%1824 = add i32 %1823, u0x1000
	%1825 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1824)
	%1826 = extractvalue { i32, i32, i32, i32 } %1825, 0
	%1827 = extractvalue { i32, i32, i32, i32 } %1825, 1
	%1828 = extractvalue { i32, i32, i32, i32 } %1825, 2
	%1829 = extractvalue { i32, i32, i32, i32 } %1825, 3
	%1830 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1802, i32 %1803, i32 %1804, i32 %1805, i32 %1826, i32 %1827, float %1759, float %1760, float %1761, float %1762)
	%1831 = extractvalue { float, float, float, float } %1830, 0
	%1832 = extractvalue { float, float, float, float } %1830, 1
	%1833 = extractvalue { float, float, float, float } %1830, 2
	%1834 = extractvalue { float, float, float, float } %1830, 3
	%1835 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1802, i32 %1803, i32 %1804, i32 %1805, i32 %1828, i32 %1829, float %1764, float %1765, float %1766, float %1767)
	%1836 = extractvalue { float, float, float, float } %1835, 0
	%1837 = extractvalue { float, float, float, float } %1835, 1
	%1838 = extractvalue { float, float, float, float } %1835, 2
	%1839 = extractvalue { float, float, float, float } %1835, 3
	%1840 = xor i32 %1657, 64
	%1841 = add i32 %1840, u0x1000
	%1842 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1841)
	%1843 = extractvalue { i32, i32, i32, i32 } %1842, 0
	%1844 = extractvalue { i32, i32, i32, i32 } %1842, 1
	%1845 = extractvalue { i32, i32, i32, i32 } %1842, 2
	%1846 = extractvalue { i32, i32, i32, i32 } %1842, 3
	%1847 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1802, i32 %1803, i32 %1804, i32 %1805, i32 %1843, i32 %1844, float %1776, float %1777, float %1778, float %1779)
	%1848 = extractvalue { float, float, float, float } %1847, 0
	%1849 = extractvalue { float, float, float, float } %1847, 1
	%1850 = extractvalue { float, float, float, float } %1847, 2
	%1851 = extractvalue { float, float, float, float } %1847, 3
	%1852 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1802, i32 %1803, i32 %1804, i32 %1805, i32 %1845, i32 %1846, float %1781, float %1782, float %1783, float %1784)
	%1853 = extractvalue { float, float, float, float } %1852, 0
	%1854 = extractvalue { float, float, float, float } %1852, 1
	%1855 = extractvalue { float, float, float, float } %1852, 2
	%1856 = extractvalue { float, float, float, float } %1852, 3
	%1857 = xor i32 %1657, 96
	%1858 = add i32 %1857, u0x1000
	%1859 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1858)
	%1860 = extractvalue { i32, i32, i32, i32 } %1859, 0
	%1861 = extractvalue { i32, i32, i32, i32 } %1859, 1
	%1862 = extractvalue { i32, i32, i32, i32 } %1859, 2
	%1863 = extractvalue { i32, i32, i32, i32 } %1859, 3
	%1864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1802, i32 %1803, i32 %1804, i32 %1805, i32 %1860, i32 %1861, float %1793, float %1794, float %1795, float %1796)
	%1865 = extractvalue { float, float, float, float } %1864, 0
	%1866 = extractvalue { float, float, float, float } %1864, 1
	%1867 = extractvalue { float, float, float, float } %1864, 2
	%1868 = extractvalue { float, float, float, float } %1864, 3
	%1869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1802, i32 %1803, i32 %1804, i32 %1805, i32 %1862, i32 %1863, float %1798, float %1799, float %1800, float %1801)
	%1870 = extractvalue { float, float, float, float } %1869, 0
	%1871 = extractvalue { float, float, float, float } %1869, 1
	%1872 = extractvalue { float, float, float, float } %1869, 2
	%1873 = extractvalue { float, float, float, float } %1869, 3
	%1874 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1521, float %1519)
	%1875 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1573, float %1571)
	%1876 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1525, float %1523)
	%1877 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1577, float %1575)
	%1878 = xor i32 %1657, 0
	%1879 = add i32 %1878, 6144
	%1880 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1879)
	%1881 = extractvalue { i32, i32, i32, i32 } %1880, 0
	%1882 = extractvalue { i32, i32, i32, i32 } %1880, 1
	%1883 = extractvalue { i32, i32, i32, i32 } %1880, 2
	%1884 = extractvalue { i32, i32, i32, i32 } %1880, 3
	%1885 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1874, i32 %1875, i32 %1876, i32 %1877, i32 %1881, i32 %1882, float %1814, float %1815, float %1816, float %1817)
	%1886 = extractvalue { float, float, float, float } %1885, 0
	%1887 = extractvalue { float, float, float, float } %1885, 1
	%1888 = extractvalue { float, float, float, float } %1885, 2
	%1889 = extractvalue { float, float, float, float } %1885, 3
	%1890 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1874, i32 %1875, i32 %1876, i32 %1877, i32 %1883, i32 %1884, float %1819, float %1820, float %1821, float %1822)
	%1891 = extractvalue { float, float, float, float } %1890, 0
	%1892 = extractvalue { float, float, float, float } %1890, 1
	%1893 = extractvalue { float, float, float, float } %1890, 2
	%1894 = extractvalue { float, float, float, float } %1890, 3
	%1895 = xor i32 %1657, 32
	%1896 = add i32 %1895, 6144
	%1897 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1896)
	%1898 = extractvalue { i32, i32, i32, i32 } %1897, 0
	%1899 = extractvalue { i32, i32, i32, i32 } %1897, 1
	%1900 = extractvalue { i32, i32, i32, i32 } %1897, 2
	%1901 = extractvalue { i32, i32, i32, i32 } %1897, 3
	%1902 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1874, i32 %1875, i32 %1876, i32 %1877, i32 %1898, i32 %1899, float %1831, float %1832, float %1833, float %1834)
	%1903 = extractvalue { float, float, float, float } %1902, 0
	%1904 = extractvalue { float, float, float, float } %1902, 1
	%1905 = extractvalue { float, float, float, float } %1902, 2
	%1906 = extractvalue { float, float, float, float } %1902, 3
	%1907 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1874, i32 %1875, i32 %1876, i32 %1877, i32 %1900, i32 %1901, float %1836, float %1837, float %1838, float %1839)
	%1908 = extractvalue { float, float, float, float } %1907, 0
	%1909 = extractvalue { float, float, float, float } %1907, 1
	%1910 = extractvalue { float, float, float, float } %1907, 2
	%1911 = extractvalue { float, float, float, float } %1907, 3
	%1912 = xor i32 %1657, 64
	%1913 = add i32 %1912, 6144
	%1914 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1913)
	%1915 = extractvalue { i32, i32, i32, i32 } %1914, 0
	%1916 = extractvalue { i32, i32, i32, i32 } %1914, 1
	%1917 = extractvalue { i32, i32, i32, i32 } %1914, 2
	%1918 = extractvalue { i32, i32, i32, i32 } %1914, 3
	%1919 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1874, i32 %1875, i32 %1876, i32 %1877, i32 %1915, i32 %1916, float %1848, float %1849, float %1850, float %1851)
	%1920 = extractvalue { float, float, float, float } %1919, 0
	%1921 = extractvalue { float, float, float, float } %1919, 1
	%1922 = extractvalue { float, float, float, float } %1919, 2
	%1923 = extractvalue { float, float, float, float } %1919, 3
	%1924 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1874, i32 %1875, i32 %1876, i32 %1877, i32 %1917, i32 %1918, float %1853, float %1854, float %1855, float %1856)
	%1925 = extractvalue { float, float, float, float } %1924, 0
	%1926 = extractvalue { float, float, float, float } %1924, 1
	%1927 = extractvalue { float, float, float, float } %1924, 2
	%1928 = extractvalue { float, float, float, float } %1924, 3
	%1929 = xor i32 %1657, 96
	%1930 = add i32 %1929, 6144
	%1931 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1930)
	%1932 = extractvalue { i32, i32, i32, i32 } %1931, 0
	%1933 = extractvalue { i32, i32, i32, i32 } %1931, 1
	%1934 = extractvalue { i32, i32, i32, i32 } %1931, 2
	%1935 = extractvalue { i32, i32, i32, i32 } %1931, 3
	%1936 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1874, i32 %1875, i32 %1876, i32 %1877, i32 %1932, i32 %1933, float %1865, float %1866, float %1867, float %1868)
	%1937 = extractvalue { float, float, float, float } %1936, 0
	%1938 = extractvalue { float, float, float, float } %1936, 1
	%1939 = extractvalue { float, float, float, float } %1936, 2
	%1940 = extractvalue { float, float, float, float } %1936, 3
	%1941 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1874, i32 %1875, i32 %1876, i32 %1877, i32 %1934, i32 %1935, float %1870, float %1871, float %1872, float %1873)
	%1942 = extractvalue { float, float, float, float } %1941, 0
	%1943 = extractvalue { float, float, float, float } %1941, 1
	%1944 = extractvalue { float, float, float, float } %1941, 2
	%1945 = extractvalue { float, float, float, float } %1941, 3
	br i1 %1602, label %loop, label %epilogue

store0:
	%1946 = mul i32 %10, %M
	%1947 = add i32 %1946, %582
	%1948 = mul i32 %1947, 64
	%1949 = shl i32 %6, 1
	%1950 = add i32 0, %1949
	%1951 = add i32 %1948, %1950
	%1952 = sext i32 %1951 to i64
	%1953 = getelementptr i16, i16* %out, i64 %1952
	%1954 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %584, float %583)
	%1955 = bitcast i16* %1953 to i32*
	store i32 %1954, i32* %1955
	%1956 = shl i32 %6, 1
	%1957 = add i32 8, %1956
	%1958 = add i32 %1948, %1957
	%1959 = sext i32 %1958 to i64
	%1960 = getelementptr i16, i16* %out, i64 %1959
	%1961 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %586, float %585)
	%1962 = bitcast i16* %1960 to i32*
	store i32 %1961, i32* %1962
	%1963 = shl i32 %6, 1
	%1964 = add i32 16, %1963
	%1965 = add i32 %1948, %1964
	%1966 = sext i32 %1965 to i64
	%1967 = getelementptr i16, i16* %out, i64 %1966
	%1968 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %588, float %587)
	%1969 = bitcast i16* %1967 to i32*
	store i32 %1968, i32* %1969
	%1970 = shl i32 %6, 1
	%1971 = add i32 24, %1970
	%1972 = add i32 %1948, %1971
	%1973 = sext i32 %1972 to i64
	%1974 = getelementptr i16, i16* %out, i64 %1973
	%1975 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %590, float %589)
	%1976 = bitcast i16* %1974 to i32*
	store i32 %1975, i32* %1976
	%1977 = shl i32 %6, 1
	%1978 = add i32 32, %1977
	%1979 = add i32 %1948, %1978
	%1980 = sext i32 %1979 to i64
	%1981 = getelementptr i16, i16* %out, i64 %1980
	%1982 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %592, float %591)
	%1983 = bitcast i16* %1981 to i32*
	store i32 %1982, i32* %1983
	%1984 = shl i32 %6, 1
	%1985 = add i32 40, %1984
	%1986 = add i32 %1948, %1985
	%1987 = sext i32 %1986 to i64
	%1988 = getelementptr i16, i16* %out, i64 %1987
	%1989 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %594, float %593)
	%1990 = bitcast i16* %1988 to i32*
	store i32 %1989, i32* %1990
	%1991 = shl i32 %6, 1
	%1992 = add i32 48, %1991
	%1993 = add i32 %1948, %1992
	%1994 = sext i32 %1993 to i64
	%1995 = getelementptr i16, i16* %out, i64 %1994
	%1996 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %596, float %595)
	%1997 = bitcast i16* %1995 to i32*
	store i32 %1996, i32* %1997
	%1998 = shl i32 %6, 1
	%1999 = add i32 56, %1998
	%2000 = add i32 %1948, %1999
	%2001 = sext i32 %2000 to i64
	%2002 = getelementptr i16, i16* %out, i64 %2001
	%2003 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %598, float %597)
	%2004 = bitcast i16* %2002 to i32*
	store i32 %2003, i32* %2004
	br label %stored0

stored0:
	%2005 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %538, i32 1, i32 31)
	%2006 = fadd float %538, %2005
	%2007 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2006, i32 2, i32 31)
	%2008 = fadd float %2006, %2007
	%2009 = fcmp ogt float %2008, 0.0
	%2010 = fdiv float 1.0, %2008
	%2011 = select i1 %2009, float %2010, float 0.0
	%2012 = mul i32 %3, 16
	%2013 = add i32 %12, %2012
	%2014 = add i32 %5, 8
	%2015 = add i32 %2013, %2014
	%2016 = fmul float %542, %2011
	%2017 = fmul float %543, %2011
	%2018 = fmul float %546, %2011
	%2019 = fmul float %547, %2011
	%2020 = fmul float %550, %2011
	%2021 = fmul float %551, %2011
	%2022 = fmul float %554, %2011
	%2023 = fmul float %555, %2011
	%2024 = fmul float %558, %2011
	%2025 = fmul float %559, %2011
	%2026 = fmul float %562, %2011
	%2027 = fmul float %563, %2011
	%2028 = fmul float %566, %2011
	%2029 = fmul float %567, %2011
	%2030 = fmul float %570, %2011
	%2031 = fmul float %571, %2011
	%2032 = icmp slt i32 %2015, %M
	br i1 %2032, label %store1, label %stored1

store1:
	%2033 = mul i32 %10, %M
	%2034 = add i32 %2033, %2015
	%2035 = mul i32 %2034, 64
	%2036 = shl i32 %6, 1
	%2037 = add i32 0, %2036
	%2038 = add i32 %2035, %2037
	%2039 = sext i32 %2038 to i64
	%2040 = getelementptr i16, i16* %out, i64 %2039
	%2041 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2017, float %2016)
	%2042 = bitcast i16* %2040 to i32*
	store i32 %2041, i32* %2042
	%2043 = shl i32 %6, 1
	%2044 = add i32 8, %2043
	%2045 = add i32 %2035, %2044
	%2046 = sext i32 %2045 to i64
	%2047 = getelementptr i16, i16* %out, i64 %2046
	%2048 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2019, float %2018)
	%2049 = bitcast i16* %2047 to i32*
	store i32 %2048, i32* %2049
	%2050 = shl i32 %6, 1
	%2051 = add i32 16, %2050
	%2052 = add i32 %2035, %2051
	%2053 = sext i32 %2052 to i64
	%2054 = getelementptr i16, i16* %out, i64 %2053
	%2055 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2021, float %2020)
	%2056 = bitcast i16* %2054 to i32*
	store i32 %2055, i32* %2056
	%2057 = shl i32 %6, 1
	%2058 = add i32 24, %2057
	%2059 = add i32 %2035, %2058
	%2060 = sext i32 %2059 to i64
	%2061 = getelementptr i16, i16* %out, i64 %2060
	%2062 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2023, float %2022)
	%2063 = bitcast i16* %2061 to i32*
	store i32 %2062, i32* %2063
	%2064 = shl i32 %6, 1
	%2065 = add i32 32, %2064
	%2066 = add i32 %2035, %2065
	%2067 = sext i32 %2066 to i64
	%2068 = getelementptr i16, i16* %out, i64 %2067
	%2069 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2025, float %2024)
	%2070 = bitcast i16* %2068 to i32*
	store i32 %2069, i32* %2070
	%2071 = shl i32 %6, 1
	%2072 = add i32 40, %2071
	%2073 = add i32 %2035, %2072
	%2074 = sext i32 %2073 to i64
	%2075 = getelementptr i16, i16* %out, i64 %2074
	%2076 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2027, float %2026)
	%2077 = bitcast i16* %2075 to i32*
	store i32 %2076, i32* %2077
	%2078 = shl i32 %6, 1
	%2079 = add i32 48, %2078
	%2080 = add i32 %2035, %2079
	%2081 = sext i32 %2080 to i64
	%2082 = getelementptr i16, i16* %out, i64 %2081
	%2083 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2029, float %2028)
	%2084 = bitcast i16* %2082 to i32*
	store i32 %2083, i32* %2084
	%2085 = shl i32 %6, 1
	%2086 = add i32 56, %2085
	%2087 = add i32 %2035, %2086
	%2088 = sext i32 %2087 to i64
	%2089 = getelementptr i16, i16* %out, i64 %2088
	%2090 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2031, float %2030)
	%2091 = bitcast i16* %2089 to i32*
	store i32 %2090, i32* %2091
	br label %stored1

stored1:
	ret void
}

declare float @llvm.nvvm.lg2.approx.ftz.f(float %p0)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

define ptx_kernel void @best_attn2_kbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_vbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_comp(i32* %list, i8* %full, i32 %ch, i8* %comp, i32* %clist, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %2, %NQ
	%4 = add i32 %3, %1
	%5 = mul i32 %4, %NK
	%6 = mul i32 %2, %ch
	%7 = mul i32 %6, %NQ
	%8 = add i32 %7, %1
	%9 = mul i32 %8, %NK
	%10 = mul i32 %4, 2
	%11 = mul i32 %10, %NK
	br label %12

12:
	%13 = phi i32 [ %0, %entry ], [ %23, %15 ]
	%14 = icmp slt i32 %13, %NK
	br i1 %14, label %15, label %24

15:
	%16 = add i32 %9, %13
	%17 = sext i32 %16 to i64
	%18 = getelementptr i8, i8* %full, i64 %17
	%19 = load i8, i8* %18
	%20 = add i32 %5, %13
	%21 = sext i32 %20 to i64
	%22 = getelementptr i8, i8* %comp, i64 %21
	store i8 %19, i8* %22
	%23 = add i32 %13, 256
	br label %12

24:
	call void @llvm.nvvm.barrier0()
	br label %25

25:
	%26 = phi i32 [ %0, %24 ], [ %66, %63 ]
	%27 = phi i32 [ 0, %24 ], [ %65, %63 ]
	%28 = icmp slt i32 %26, %NK
	br i1 %28, label %29, label %35

29:
	%30 = add i32 %11, %26
	%31 = sext i32 %30 to i64
	%32 = getelementptr i32, i32* %list, i64 %31
	%33 = load i32, i32* %32
	%34 = icmp sge i32 %33, 0
	br i1 %34, label %59, label %63

35:
	%36 = and i32 %0, 31
	%37 = lshr i32 %0, 5
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%39 = icmp uge i32 %36, 1
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %27, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 2, i32 0)
	%43 = icmp uge i32 %36, 2
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 4, i32 0)
	%47 = icmp uge i32 %36, 4
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %49, i32 8, i32 0)
	%51 = icmp uge i32 %36, 8
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %49, %52
	%54 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %53, i32 16, i32 0)
	%55 = icmp uge i32 %36, 16
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 %53, %56
	%58 = icmp eq i32 %36, 31
	br i1 %58, label %67, label %69

59:
	%60 = add i32 %5, %33
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %comp, i64 %61
	store i8 0, i8* %62
	br label %63

63:
	%64 = zext i1 %34 to i32
	%65 = add i32 %27, %64
	%66 = add i32 %26, 256
	br label %25

67:
	%68 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %37
	store i32 %57, i32 addrspace(3)* %68
	br label %69

69:
	call void @llvm.nvvm.barrier0()
	%70 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%71 = load i32, i32 addrspace(3)* %70
	%72 = icmp sgt i32 %37, 0
	%73 = select i1 %72, i32 %71, i32 0
	%74 = add i32 0, %73
	%75 = add i32 0, %71
	%76 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%77 = load i32, i32 addrspace(3)* %76
	%78 = icmp sgt i32 %37, 1
	%79 = select i1 %78, i32 %77, i32 0
	%80 = add i32 %74, %79
	%81 = add i32 %75, %77
	%82 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%83 = load i32, i32 addrspace(3)* %82
	%84 = icmp sgt i32 %37, 2
	%85 = select i1 %84, i32 %83, i32 0
	%86 = add i32 %80, %85
	%87 = add i32 %81, %83
	%88 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp sgt i32 %37, 3
	%91 = select i1 %90, i32 %89, i32 0
	%92 = add i32 %86, %91
	%93 = add i32 %87, %89
	%94 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%95 = load i32, i32 addrspace(3)* %94
	%96 = icmp sgt i32 %37, 4
	%97 = select i1 %96, i32 %95, i32 0
	%98 = add i32 %92, %97
	%99 = add i32 %93, %95
	%100 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%101 = load i32, i32 addrspace(3)* %100
	%102 = icmp sgt i32 %37, 5
	%103 = select i1 %102, i32 %101, i32 0
	%104 = add i32 %98, %103
	%105 = add i32 %99, %101
	%106 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%107 = load i32, i32 addrspace(3)* %106
	%108 = icmp sgt i32 %37, 6
	%109 = select i1 %108, i32 %107, i32 0
	%110 = add i32 %104, %109
	%111 = add i32 %105, %107
	%112 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%113 = load i32, i32 addrspace(3)* %112
	%114 = icmp sgt i32 %37, 7
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %110, %115
	%117 = add i32 %111, %113
	%118 = add i32 %116, %57
	%119 = sub i32 %118, %27
	call void @llvm.nvvm.barrier0()
	br label %120

120:
	%121 = phi i32 [ %0, %69 ], [ %140, %123 ]
	%122 = icmp slt i32 %121, %117
	br i1 %122, label %123, label %141

123:
	%124 = mul i32 %NK, 0
	%125 = add i32 %11, %124
	%126 = add i32 %125, %121
	%127 = sext i32 %126 to i64
	%128 = getelementptr i32, i32* %list, i64 %127
	%129 = load i32, i32* %128
	%130 = sext i32 %126 to i64
	%131 = getelementptr i32, i32* %clist, i64 %130
	store i32 %129, i32* %131
	%132 = mul i32 %NK, 1
	%133 = add i32 %11, %132
	%134 = add i32 %133, %121
	%135 = sext i32 %134 to i64
	%136 = getelementptr i32, i32* %list, i64 %135
	%137 = load i32, i32* %136
	%138 = sext i32 %134 to i64
	%139 = getelementptr i32, i32* %clist, i64 %138
	store i32 %137, i32* %139
	%140 = add i32 %121, 256
	br label %120

141:
	%142 = add i32 %NK, 63
	%143 = sdiv i32 %142, 64
	%144 = add i32 %143, 255
	%145 = sdiv i32 %144, 256
	%146 = mul i32 %145, 256
	br label %147

147:
	%148 = phi i32 [ 0, %141 ], [ %266, %264 ]
	%149 = phi i32 [ 0, %141 ], [ %265, %264 ]
	%150 = icmp slt i32 %148, %146
	br i1 %150, label %151, label %157

151:
	%152 = add i32 %148, %0
	%153 = mul i32 %152, 64
	%154 = add i32 %153, 64
	%155 = icmp slt i32 %154, %NK
	%156 = select i1 %155, i32 %154, i32 %NK
	br label %160

157:
	%158 = add i32 %117, %149
	%159 = add i32 %158, %0
	br label %267

160:
	%161 = phi i32 [ %153, %151 ], [ %171, %164 ]
	%162 = phi i32 [ 0, %151 ], [ %170, %164 ]
	%163 = icmp slt i32 %161, %156
	br i1 %163, label %164, label %172

164:
	%165 = add i32 %5, %161
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %comp, i64 %166
	%168 = load i8, i8* %167
	%169 = zext i8 %168 to i32
	%170 = or i32 %162, %169
	%171 = add i32 %161, 1
	br label %160

172:
	%173 = icmp ne i32 %162, 0
	%174 = zext i1 %173 to i32
	%175 = and i32 %0, 31
	%176 = lshr i32 %0, 5
	%177 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %174, i32 1, i32 0)
	%178 = icmp uge i32 %175, 1
	%179 = select i1 %178, i32 %177, i32 0
	%180 = add i32 %174, %179
	%181 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %180, i32 2, i32 0)
	%182 = icmp uge i32 %175, 2
	%183 = select i1 %182, i32 %181, i32 0
	%184 = add i32 %180, %183
	%185 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %184, i32 4, i32 0)
	%186 = icmp uge i32 %175, 4
	%187 = select i1 %186, i32 %185, i32 0
	%188 = add i32 %184, %187
	%189 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %188, i32 8, i32 0)
	%190 = icmp uge i32 %175, 8
	%191 = select i1 %190, i32 %189, i32 0
	%192 = add i32 %188, %191
	%193 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %192, i32 16, i32 0)
	%194 = icmp uge i32 %175, 16
	%195 = select i1 %194, i32 %193, i32 0
	%196 = add i32 %192, %195
	%197 = icmp eq i32 %175, 31
	br i1 %197, label %198, label %200

198:
	%199 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %176
	store i32 %196, i32 addrspace(3)* %199
	br label %200

200:
	call void @llvm.nvvm.barrier0()
	%201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%202 = load i32, i32 addrspace(3)* %201
	%203 = icmp sgt i32 %176, 0
	%204 = select i1 %203, i32 %202, i32 0
	%205 = add i32 0, %204
	%206 = add i32 0, %202
	%207 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%208 = load i32, i32 addrspace(3)* %207
	%209 = icmp sgt i32 %176, 1
	%210 = select i1 %209, i32 %208, i32 0
	%211 = add i32 %205, %210
	%212 = add i32 %206, %208
	%213 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%214 = load i32, i32 addrspace(3)* %213
	%215 = icmp sgt i32 %176, 2
	%216 = select i1 %215, i32 %214, i32 0
	%217 = add i32 %211, %216
	%218 = add i32 %212, %214
	%219 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%220 = load i32, i32 addrspace(3)* %219
	%221 = icmp sgt i32 %176, 3
	%222 = select i1 %221, i32 %220, i32 0
	%223 = add i32 %217, %222
	%224 = add i32 %218, %220
	%225 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%226 = load i32, i32 addrspace(3)* %225
	%227 = icmp sgt i32 %176, 4
	%228 = select i1 %227, i32 %226, i32 0
	%229 = add i32 %223, %228
	%230 = add i32 %224, %226
	%231 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%232 = load i32, i32 addrspace(3)* %231
	%233 = icmp sgt i32 %176, 5
	%234 = select i1 %233, i32 %232, i32 0
	%235 = add i32 %229, %234
	%236 = add i32 %230, %232
	%237 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%238 = load i32, i32 addrspace(3)* %237
	%239 = icmp sgt i32 %176, 6
	%240 = select i1 %239, i32 %238, i32 0
	%241 = add i32 %235, %240
	%242 = add i32 %236, %238
	%243 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%244 = load i32, i32 addrspace(3)* %243
	%245 = icmp sgt i32 %176, 7
	%246 = select i1 %245, i32 %244, i32 0
	%247 = add i32 %241, %246
	%248 = add i32 %242, %244
	%249 = add i32 %247, %196
	%250 = sub i32 %249, %174
	%251 = add i32 %117, %149
	%252 = add i32 %251, %250
	%253 = icmp slt i32 %252, %NK
	%254 = and i1 %173, %253
	br i1 %254, label %255, label %264

255:
	%256 = add i32 %NK, %152
	%257 = add i32 %11, %252
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %clist, i64 %258
	store i32 %256, i32* %259
	%260 = add i32 %11, %NK
	%261 = add i32 %260, %252
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %clist, i64 %262
	store i32 0, i32* %263
	br label %264

264:
	call void @llvm.nvvm.barrier0()
	%265 = add i32 %149, %248
	%266 = add i32 %148, 256
	br label %147

267:
	%268 = phi i32 [ %159, %157 ], [ %278, %270 ]
	%269 = icmp slt i32 %268, %NK
	br i1 %269, label %270, label %279

270:
	%271 = add i32 %11, %268
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %clist, i64 %272
	store i32 -1, i32* %273
	%274 = add i32 %11, %NK
	%275 = add i32 %274, %268
	%276 = sext i32 %275 to i64
	%277 = getelementptr i32, i32* %clist, i64 %276
	store i32 -1, i32* %277
	%278 = add i32 %268, 256
	br label %267

279:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13, !14, !15, !16, !17, !18, !19, !20}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1, !"maxntidx", i32 256}
!1 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_init, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist24, !"maxntidx", i32 256}
!3 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick24, !"maxntidx", i32 256}
!4 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist16, !"maxntidx", i32 256}
!5 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick16, !"maxntidx", i32 256}
!6 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist8, !"maxntidx", i32 256}
!7 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick8, !"maxntidx", i32 256}
!8 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist0, !"maxntidx", i32 256}
!9 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick0, !"maxntidx", i32 256}
!10 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_ties, !"maxntidx", i32 256}
!11 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_scan, !"maxntidx", i32 256}
!12 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_take, !"maxntidx", i32 256}
!13 = !{void (i16*, float*, i32, i32)* @best_pool_q0, !"maxntidx", i32 64}
!14 = !{void (i16*, float*, i32, i32)* @best_pool_k0, !"maxntidx", i32 64}
!15 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @best_scores0, !"maxntidx", i32 256}
!16 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i16*, i16*, i8*)* @best_attn2, !"maxntidx", i32 128}
!17 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i16*, i16*, i8*)* @best_attn2, !"minctasm", i32 3}
!18 = !{void (i16*, i16*, i32, i32)* @best_attn2_kbar, !"maxntidx", i32 64}
!19 = !{void (i16*, i16*, i32, i32)* @best_attn2_vbar, !"maxntidx", i32 64}
!20 = !{void (i32*, i8*, i32, i8*, i32*, i32, i32)* @best_attn2_comp, !"maxntidx", i32 256}
